package org.npcwh.warehouse;

import java.nio.file.Path;
import org.npcwh.core.layout.WarehouseLayout;

/**
 * Where each view's Parquet files are, as a glob relative to the warehouse folder, so that the
 * database keeps working when the folder is moved or copied. {@code [!._]*} skips the names that
 * stand for work in progress (dot-prefixed staging folders and files, {@code _}-prefixed markers):
 * DuckDB's globs, unlike Spark's readers, would otherwise match them.
 */
final class SourceGlobs {
  private static final String VISIBLE = "[!._]*";

  private SourceGlobs() {}

  static String of(WarehouseLayout layout, String view) {
    return switch (view) {
      case "ingest_ledger" -> relative(layout, layout.raw()) + "/" + VISIBLE + "/" + VISIBLE + "/"
          + WarehouseLayout.LEDGER_FILE;
      case "set_aside" -> relative(layout, layout.raw()) + "/" + VISIBLE + "/" + VISIBLE + "/"
          + WarehouseLayout.SET_ASIDE_FILE;
      case "ingest_rejected" -> relative(layout, layout.rejected()) + "/" + VISIBLE + "/" + VISIBLE + ".parquet";
      case "check_results" -> relative(layout, layout.checks()) + "/" + VISIBLE + ".parquet";
      default -> relative(layout, layout.mart(view)) + "/" + VISIBLE + ".parquet";
    };
  }

  private static String relative(WarehouseLayout layout, Path folder) {
    Path relative = layout.root().relativize(folder);
    if (relative.isAbsolute() || relative.startsWith("..")) {
      throw new IllegalStateException(folder + " is not inside the warehouse " + layout.root());
    }
    return relative.toString().replace('\\', '/');
  }
}
