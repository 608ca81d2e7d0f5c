package org.npcwh.warehouse;

import java.nio.file.Path;
import java.util.List;
import org.npcwh.core.layout.WarehouseLayout;

/**
 * Where each view's Parquet files are. Inside a release every view reads {@code marts/<view>/}, as a
 * glob relative to the release's folder, so that the database keeps working when the folder is moved
 * or copied and never reaches outside it. The views of the warehouse's own records (ledger, set-aside
 * rows, rejections, check results) are copied there at publish from where ingest and the checks keep
 * them ({@link #records}). {@code [!._]*} skips the names that stand for work in progress
 * (dot-prefixed staging folders and files, {@code _}-prefixed markers): DuckDB's globs, unlike
 * Spark's readers, would otherwise match them.
 */
final class SourceGlobs {
  private static final String VISIBLE = "[!._]*";
  /** The views over the warehouse's own records, and where those records live (absolute globs). */
  static final List<String> RECORD_VIEWS = List.of("ingest_ledger", "set_aside", "ingest_rejected", "check_results");

  private SourceGlobs() {}

  static String of(WarehouseLayout release, String view) {
    return relative(release, release.mart(view)) + "/" + VISIBLE + ".parquet";
  }

  /** Where publish copies a record view's rows from: the raw layer and the check history. */
  static String records(WarehouseLayout warehouse, String view) {
    return switch (view) {
      case "ingest_ledger" -> warehouse.raw() + "/" + VISIBLE + "/" + VISIBLE + "/" + WarehouseLayout.LEDGER_FILE;
      case "set_aside" -> warehouse.raw() + "/" + VISIBLE + "/" + VISIBLE + "/" + WarehouseLayout.SET_ASIDE_FILE;
      case "ingest_rejected" -> warehouse.rejected() + "/" + VISIBLE + "/" + VISIBLE + ".parquet";
      case "check_results" -> warehouse.checks() + "/" + VISIBLE + ".parquet";
      default -> throw new IllegalArgumentException(view + " is not a record view");
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
