package org.npcwh.core.table;

import org.npcwh.core.layout.WarehouseLayout;

/**
 * Where the files of the warehouse's own records are (absolute globs), for the checks that read them
 * where they are and for publish that copies them into a release. {@code [!._]*} skips the names that
 * stand for work in progress (dot-prefixed staging folders and files, {@code _}-prefixed markers):
 * DuckDB's globs, unlike Spark's readers, would otherwise match them.
 */
public final class TableFiles {
  public static final String VISIBLE = "[!._]*";

  private TableFiles() {}

  /** The Parquet files of a {@link TableSource#RECORDS} table: the raw layer and the check history. */
  public static String records(WarehouseLayout warehouse, String table) {
    return switch (table) {
      case "ingest_ledger" -> warehouse.raw() + "/" + VISIBLE + "/" + VISIBLE + "/" + WarehouseLayout.LEDGER_FILE;
      case "set_aside" -> warehouse.raw() + "/" + VISIBLE + "/" + VISIBLE + "/" + WarehouseLayout.SET_ASIDE_FILE;
      case "ingest_rejected" -> warehouse.rejected() + "/" + VISIBLE + "/" + VISIBLE + ".parquet";
      case "check_results" -> warehouse.checks() + "/" + VISIBLE + ".parquet";
      default -> throw new IllegalArgumentException(table + " is not a record table");
    };
  }

  /** The visible Parquet files directly in {@code folder}, as a glob. */
  public static String in(java.nio.file.Path folder) {
    return folder + "/" + VISIBLE + ".parquet";
  }
}
