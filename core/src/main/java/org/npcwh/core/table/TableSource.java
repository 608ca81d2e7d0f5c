package org.npcwh.core.table;

/**
 * Where a published table's rows come from ({@code source=} in its {@code table.properties}): it
 * decides which files a view reads, in a release and in the candidate the checks look at.
 */
public enum TableSource {
  /** A mart transform writes: {@code candidate/marts/<table>/}, published as {@code marts/<table>/}. */
  MART,
  /** The figures: {@code candidate/metric_values/<period>.parquet}, published as {@code marts/metric_values/}. */
  FIGURES,
  /** The warehouse's own records (ingest ledger, set-aside rows, rejections, check results): see {@link TableFiles#records}. */
  RECORDS,
  /** A view over other tables: its {@code view.sql} alone. */
  VIEW
}
