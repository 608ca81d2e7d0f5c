package org.npcwh.pull;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The result of pulling one source.
 *
 * @param extractedAt when the source's snapshot was taken (local China time): every batch's extracted_at
 * @param datasets one outcome per dataset of the definition, in contract order
 * @param elapsed how long the pull took
 */
public record PullReport(String source, LocalDateTime extractedAt, List<DatasetOutcome> datasets, Duration elapsed) {
  private static final String ROW = "%-22s %-11s %12s %12s %10s  %s%n";

  public PullReport {
    datasets = List.copyOf(datasets);
  }

  public long rowsWritten() {
    return datasets.stream().mapToLong(DatasetOutcome::rowsWritten).sum();
  }

  public long batchesWritten() {
    return datasets.stream().filter(DatasetOutcome::wroteBatch).count();
  }

  /** A table of the datasets and a total line, for the command line. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append(String.format("Pulled source '%s' (snapshot %s) in %.1f s%n", source,
        ContractText.timestamp(extractedAt), elapsed.toMillis() / 1000.0));
    text.append(String.format(ROW, "dataset", "mode", "rows read", "rows written", "skipped", "batch"));
    for (DatasetOutcome d : datasets) {
      text.append(String.format(ROW, d.dataset(), d.mode().code(), String.format("%,d", d.rowsRead()),
          String.format("%,d", d.rowsWritten()), String.format("%,d", d.rowsAlreadyDelivered()),
          d.wroteBatch() ? d.batchId() : "none (" + d.note() + ")"));
    }
    text.append(String.format("%d batch(es), %,d rows written", batchesWritten(), rowsWritten()));
    return text.toString();
  }
}
