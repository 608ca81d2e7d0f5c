package org.npcwh.app;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.npcwh.core.error.Errors;
import org.npcwh.core.error.UserException;
import org.npcwh.ingest.BatchOutcome;
import org.npcwh.ingest.BatchStatus;
import org.npcwh.ingest.IngestReport;
import org.npcwh.ingest.LandingFolders;

/**
 * A rejected batch, or a landing folder that is no dataset (a misspelt name would otherwise go unseen),
 * is bad input the operators must act on: the command finishes its work (good batches are never held
 * back by a bad one), prints everything, then ends with exit 3 and why ({@link Verdicts#end}).
 */
final class Rejections {
  private Rejections() {}

  /**
   * The bad input ingest found, if any: exit 3.
   *
   * @param expected rejected batches ({@code dataset/batch_id}) that are no news, such as the demo
   *     sample's deliberately damaged one; every other rejection counts
   */
  static Optional<UserException> of(IngestReport report, Set<String> expected) {
    List<String> rejected = rejected(report).stream().filter(name -> !expected.contains(name)).toList();
    List<String> unknown = report.withStatus(BatchStatus.SKIPPED_UNKNOWN_DATASET).stream()
        .map(o -> LandingFolders.described(o.dataset()))
        .toList();
    if (rejected.isEmpty() && unknown.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Errors.landingNotWhollyIngested(rejected, unknown, LandingFolders.datasetNames()));
  }

  /** The rejected batches, as {@code dataset/batch_id}. */
  static List<String> rejected(IngestReport report) {
    return report.withStatus(BatchStatus.REJECTED).stream().map(Rejections::name).toList();
  }

  private static String name(BatchOutcome outcome) {
    return outcome.dataset() + "/" + outcome.batchId();
  }
}
