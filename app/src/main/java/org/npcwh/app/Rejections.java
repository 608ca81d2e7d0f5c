package org.npcwh.app;

import java.util.List;
import org.npcwh.core.error.Errors;
import org.npcwh.ingest.BatchStatus;
import org.npcwh.ingest.IngestReport;
import org.npcwh.ingest.LandingFolders;

/**
 * A rejected batch, or a landing folder that is no dataset (a misspelt name would otherwise go unseen),
 * is bad input the operators must act on: the command finishes its work (good batches are never held
 * back by a bad one), prints everything, then ends with exit 3 and why.
 */
final class Rejections {
  private Rejections() {}

  static void failIfAny(IngestReport report) {
    List<String> rejected = report.withStatus(BatchStatus.REJECTED).stream()
        .map(o -> o.dataset() + "/" + o.batchId())
        .toList();
    List<String> unknown = report.withStatus(BatchStatus.SKIPPED_UNKNOWN_DATASET).stream()
        .map(o -> LandingFolders.described(o.dataset()))
        .toList();
    if (!rejected.isEmpty() || !unknown.isEmpty()) {
      throw Errors.landingNotWhollyIngested(rejected, unknown, LandingFolders.datasetNames());
    }
  }
}
