package org.npcwh.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;

/**
 * Publishes the candidate figures that passed their checks: each
 * {@code candidates/metric_values/<period>.parquet} whose newest check run has no FAIL for that
 * period replaces {@code marts/metric_values/<period>.parquet} in one atomic rename. Every other
 * candidate stays where it is, and so does the published file of its period: the last good state.
 */
public final class Promotion {
  private static final String SUFFIX = ".parquet";

  private final WarehouseLayout layout;

  public Promotion(WarehouseLayout layout) {
    this.layout = layout;
  }

  public PromotionReport promote() {
    CheckHistory history = new CheckHistory(layout);
    List<String> published = new ArrayList<>();
    List<PromotionReport.Held> held = new ArrayList<>();
    for (Path candidate : ParquetFiles.in(layout.candidateMetricValues())) {
      String label = candidate.getFileName().toString();
      label = label.substring(0, label.length() - SUFFIX.length());
      PromotionReport.Held reason = holdReason(history, label, candidate);
      if (reason == null) {
        publish(candidate, label);
        published.add(label);
      } else {
        held.add(reason);
      }
    }
    return new PromotionReport(published, held);
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

  private void publish(Path candidate, String label) {
    Path target = WarehouseInputs.publishedFile(layout, label);
    try {
      Files.createDirectories(target.getParent());
      Files.move(candidate, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw Errors.unwritable(target, e);
    }
  }

  private static Instant modifiedAt(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      throw Errors.unreadable(file, e);
    }
  }
}
