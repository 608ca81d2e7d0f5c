package org.npcwh.warehouse;

/** How {@link QueryResult#render} writes a result. */
public enum OutputFormat {
  /** An aligned text table for a terminal (CJK characters count two columns), with a row count. */
  TABLE,
  /** RFC 4180 CSV with a header row. */
  CSV,
  /** A JSON array with one object per row. */
  JSON
}
