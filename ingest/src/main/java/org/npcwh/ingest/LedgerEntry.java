package org.npcwh.ingest;

import java.time.LocalDateTime;

/**
 * One batch's entry in the ledger ({@code raw/<dataset>/<batch_id>/_ledger.parquet}).
 *
 * @param status {@code INGESTED} or {@code DUPLICATE}
 * @param duplicateOf the batch id whose content this batch repeats, null unless DUPLICATE
 */
public record LedgerEntry(
    String dataset,
    String batchId,
    String mode,
    String format,
    String encoding,
    LocalDateTime extractedAt,
    String contentSha256,
    long rowsIn,
    long rowsAccepted,
    long rowsSetAside,
    BatchStatus status,
    String duplicateOf,
    LocalDateTime ingestedAt) {

  Object[] toRow() {
    return new Object[] {dataset, batchId, mode, format, encoding, extractedAt, contentSha256, rowsIn,
        rowsAccepted, rowsSetAside, status.name(), duplicateOf, ingestedAt};
  }

  static LedgerEntry fromRow(Object[] row) {
    return new LedgerEntry((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
        (LocalDateTime) row[5], (String) row[6], (Long) row[7], (Long) row[8], (Long) row[9],
        BatchStatus.valueOf((String) row[10]), (String) row[11], (LocalDateTime) row[12]);
  }
}
