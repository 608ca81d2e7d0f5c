package org.npcwh.ingest;

import java.time.LocalDateTime;

/**
 * One batch's entry in the ledger ({@code raw/<dataset>/<batch_id>/_ledger.parquet}).
 *
 * @param rowsPending the accepted rows held at ingest for a reference to a key not ingested yet (a
 *     subset of rowsAccepted; 0 in ledgers written before the count existed)
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
    long rowsPending,
    BatchStatus status,
    String duplicateOf,
    LocalDateTime ingestedAt) {

  /** The entry's values in the columns' order of {@link RawTables#LEDGER}, as stored. */
  public Object[] toRow() {
    return new Object[] {dataset, batchId, mode, format, encoding, extractedAt, contentSha256, rowsIn,
        rowsAccepted, rowsSetAside, rowsPending, status.name(), duplicateOf, ingestedAt};
  }

  static LedgerEntry fromRow(Object[] row) {
    return new LedgerEntry((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
        (LocalDateTime) row[5], (String) row[6], (Long) row[7], (Long) row[8], (Long) row[9],
        row[10] == null ? 0L : (Long) row[10],
        BatchStatus.valueOf((String) row[11]), (String) row[12], (LocalDateTime) row[13]);
  }
}
