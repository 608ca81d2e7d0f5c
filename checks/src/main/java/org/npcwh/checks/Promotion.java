package org.npcwh.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.ReleaseDraft;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;

/**
 * Decides what of the candidate a new release takes: each {@code candidate/metric_values/<period>.parquet}
 * whose newest check run has no FAIL for that period, and, when at least one period passes, the
 * candidate's dimensions, facts and catalogue with it. A held period keeps its figures of the
 * release in force: the last good state. {@link #plan()} decides, {@link #apply} puts the passing
 * files into a release draft, {@link #consume} removes from the candidate what the committed release took.
 */
public final class Promotion {
  private static final String SUFFIX = ".parquet";
  private static final String MARTS = "marts/";

  private final WarehouseLayout layout;

  public Promotion(WarehouseLayout layout) {
    this.layout = layout;
  }

  public PromotionReport plan() {
    CheckHistory history = new CheckHistory(layout);
    List<String> published = new ArrayList<>();
    List<PromotionReport.Held> held = new ArrayList<>();
    for (Path candidate : ParquetFiles.in(layout.candidateMetricValues())) {
      String label = candidate.getFileName().toString();
      label = label.substring(0, label.length() - SUFFIX.length());
      PromotionReport.Held reason = holdReason(history, label, candidate);
      if (reason == null) {
        published.add(label);
      } else {
        held.add(reason);
      }
    }
    return new PromotionReport(published, held);
  }

  /** Links the passing figures, and with them the candidate's other tables, into the draft. */
  public void apply(PromotionReport plan, ReleaseDraft draft) {
    if (plan.published().isEmpty()) {
      return;
    }
    for (Path table : folders(layout.candidateMart(""))) {
      draft.replace(MARTS + table.getFileName(), table);
    }
    for (String label : plan.published()) {
      draft.replace(MARTS + "metric_values/" + label + SUFFIX, WarehouseInputs.candidateFile(layout, label));
    }
  }

  /**
   * After the release is committed its figures leave the candidate, so that they are not published
   * again; the candidate's current state and tables stay until the next transform replaces them.
   */
  public void consume(PromotionReport plan) {
    try {
      for (String label : plan.published()) {
        Files.deleteIfExists(WarehouseInputs.candidateFile(layout, label));
      }
    } catch (IOException e) {
      throw Errors.unwritable(layout.candidate(), e);
    }
  }

  private static List<Path> folders(Path parent) {
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(parent)) {
      return children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
          .toList();
    } catch (IOException e) {
      throw Errors.unreadable(parent, e);
    }
  }

  /** Why the candidate must not be published, or null when it may. */
  private PromotionReport.Held holdReason(CheckHistory history, String label, Path candidate) {
    Period period;
    try {
      period = Period.parse(label);
    } catch (IllegalArgumentException e) {
      return new PromotionReport.Held(label, PromotionReport.Reason.NOT_A_PERIOD, null, List.of());
    }
    List<CheckResult> newest = history.latestResults(period);
    if (newest.isEmpty()) {
      return new PromotionReport.Held(label, PromotionReport.Reason.NEVER_CHECKED, null, List.of());
    }
    CheckResult first = newest.get(0);
    if (modifiedAt(candidate).isAfter(RunStamp.instantOf(first.checkedAt()))) {
      return new PromotionReport.Held(label, PromotionReport.Reason.CHANGED_SINCE_CHECKED, first.runId(), List.of());
    }
    List<String> failed = newest.stream().filter(CheckResult::failed).map(CheckResult::qualifiedId).distinct().toList();
    return failed.isEmpty() ? null
        : new PromotionReport.Held(label, PromotionReport.Reason.FAILED_CHECKS, first.runId(), failed);
  }

  private static Instant modifiedAt(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      throw Errors.unreadable(file, e);
    }
  }
}
