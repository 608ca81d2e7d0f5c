package org.npcwh.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of one ingest run: one entry per batch folder seen, in processing order. */
public record IngestReport(List<BatchOutcome> outcomes) {
  private static final String ROW_FORMAT = "%-22s %5s %8s %10s %9s %8s %10s %10s %10s %10s%n";

  public IngestReport {
    outcomes = List.copyOf(outcomes);
  }

  public long count(BatchStatus status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  public List<BatchOutcome> withStatus(BatchStatus status) {
    return outcomes.stream().filter(o -> o.status() == status).toList();
  }

  /**
   * A compact English table: per dataset the batches new / already ingested / duplicate / rejected /
   * skipped and the rows in / accepted / set aside / pending (accepted, naming a key not ingested yet)
   * of the new batches, a total line, then one line per
   * rejected or skipped batch with its reason.
   */
  public String summary() {
    Map<String, Tally> byDataset = new LinkedHashMap<>();
    Tally total = new Tally();
    for (BatchOutcome outcome : outcomes) {
      byDataset.computeIfAbsent(outcome.dataset(), d -> new Tally()).add(outcome);
      total.add(outcome);
    }
    StringBuilder text = new StringBuilder();
    text.append(String.format(ROW_FORMAT, "dataset", "new", "already", "duplicate", "rejected", "skipped",
        "rows in", "accepted", "set aside", "pending"));
    byDataset.forEach((dataset, tally) -> text.append(tally.line(dataset)));
    text.append(total.line("total"));
    List<BatchOutcome> problems = outcomes.stream()
        .filter(o -> o.status() == BatchStatus.REJECTED || o.status().isSkipped())
        .toList();
    if (!problems.isEmpty()) {
      text.append(String.format("%nRejected or skipped:%n"));
      for (BatchOutcome o : problems) {
        String name = o.batchId() == null ? o.dataset() + "/" : o.dataset() + "/" + o.batchId();
        text.append(String.format("  %s %s: %s%n", name, o.status(), o.message()));
      }
    }
    return text.toString();
  }

  /** Counts for one line of the summary. */
  private static final class Tally {
    private long fresh;
    private long already;
    private long duplicate;
    private long rejected;
    private long skipped;
    private long rowsIn;
    private long accepted;
    private long setAside;
    private long pending;

    void add(BatchOutcome o) {
      switch (o.status()) {
        case INGESTED -> {
          fresh++;
          rowsIn += o.rowsIn();
          accepted += o.rowsAccepted();
          setAside += o.rowsSetAside();
          pending += o.rowsPending();
        }
        case ALREADY_INGESTED -> already++;
        case DUPLICATE -> duplicate++;
        case REJECTED -> rejected++;
        case SKIPPED_NO_MANIFEST, SKIPPED_UNKNOWN_DATASET -> skipped++;
      }
    }

    String line(String label) {
      return String.format(ROW_FORMAT, label, fresh, already, duplicate, rejected, skipped, rowsIn, accepted,
          setAside, pending);
    }
  }
}
