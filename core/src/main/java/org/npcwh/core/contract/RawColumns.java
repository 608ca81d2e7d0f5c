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
  /**
   * Why the row was held at ingest: the first reference that named a key no ingested batch held yet,
   * e.g. {@code platform_id "P9" is not a known platforms key}; null when every reference resolved.
   * Lineage only: transform judges references again against the current state at every run.
   */
  public static final String PENDING_REFERENCE = "_pending_reference";
}
