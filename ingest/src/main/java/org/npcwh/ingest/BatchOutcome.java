package org.npcwh.ingest;

import java.time.LocalDateTime;

/**
 * What happened to one batch folder of the landing zone in a run.
 *
 * @param batchId the batch folder's name (null for an unknown dataset folder)
 * @param mode {@code full} or {@code incremental}, null when no manifest could be read
 * @param extractedAt the manifest's extracted_at, null when no manifest could be read
 * @param message why it was rejected or skipped, what it duplicates, or null
 */
public record BatchOutcome(
    String dataset,
    String batchId,
    String mode,
    LocalDateTime extractedAt,
    BatchStatus status,
    long rowsIn,
    long rowsAccepted,
    long rowsSetAside,
    long rowsPending,
    String message) {

  static BatchOutcome withoutRows(String dataset, String batchId, BatchStatus status, String message) {
    return new BatchOutcome(dataset, batchId, null, null, status, 0, 0, 0, 0, message);
  }

  static BatchOutcome fromLedger(LedgerEntry entry, BatchStatus status, String message) {
    return new BatchOutcome(entry.dataset(), entry.batchId(), entry.mode(), entry.extractedAt(), status,
        entry.rowsIn(), entry.rowsAccepted(), entry.rowsSetAside(), entry.rowsPending(), message);
  }

  /** One line for the progress callback. */
  String progressLine() {
    String name = batchId == null ? dataset + "/" : dataset + "/" + batchId;
    String rows = status == BatchStatus.INGESTED
        ? ": " + rowsIn + " rows in, " + rowsAccepted + " accepted" + pending() + ", " + rowsSetAside + " set aside"
        : status == BatchStatus.DUPLICATE ? ": " + rowsIn + " rows, not loaded again" : "";
    String why = message == null ? "" : " (" + message + ")";
    return name + " " + status + rows + why;
  }

  private String pending() {
    return rowsPending == 0 ? "" : " (" + rowsPending + " pending a reference)";
  }
}
