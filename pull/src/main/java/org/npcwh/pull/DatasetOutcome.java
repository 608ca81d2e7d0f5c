package org.npcwh.pull;

import java.time.LocalDateTime;
import org.npcwh.core.contract.DeliveryMode;

/**
 * What a pull did for one dataset.
 *
 * @param batchId the batch written into the landing zone, or null when there was nothing new
 * @param rowsRead rows the source returned for the pull's window (or the whole dataset)
 * @param rowsWritten rows in the batch
 * @param rowsAlreadyDelivered rows of the overlap that an earlier batch already holds (incremental)
 * @param watermark the committed watermark after the pull (incremental), or null
 * @param note why no batch was written, or null
 */
public record DatasetOutcome(String dataset, DeliveryMode mode, String batchId, long rowsRead, long rowsWritten,
    long rowsAlreadyDelivered, LocalDateTime watermark, String note) {

  public boolean wroteBatch() {
    return batchId != null;
  }

  String progressLine() {
    String rows = String.format("%,d rows", rowsWritten);
    String where = wroteBatch() ? " -> " + dataset + "/" + batchId : " (no batch: " + note + ")";
    String mark = watermark == null ? "" : ", watermark " + ContractText.timestamp(watermark);
    String skipped = rowsAlreadyDelivered == 0 ? "" : String.format(", %,d already delivered", rowsAlreadyDelivered);
    return dataset + ": " + rows + where + skipped + mark;
  }
}
