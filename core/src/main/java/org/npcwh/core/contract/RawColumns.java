package org.npcwh.core.contract;

/**
 * Lineage columns ingest adds to every accepted row of the raw layer, after the contract's fields
 * (see {@link Field#storedName()}). Set-aside rows carry the same lineage plus a reason.
 */
public final class RawColumns {
  private RawColumns() {}

  /** The batch folder's id. */
  public static final String BATCH_ID = "_batch_id";
  /** The manifest's extracted_at (local time): breaks ties between versions with equal updated_at. */
  public static final String EXTRACTED_AT = "_extracted_at";
  /** The data file inside the batch. */
  public static final String SOURCE_FILE = "_source_file";
  /** The 1-based line of the file where the record starts (the CSV header is line 1). */
  public static final String SOURCE_LINE = "_source_line";
}
