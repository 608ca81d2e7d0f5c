package org.npcwh.warehouse;

import java.nio.file.Path;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.table.TableFiles;

/**
 * Where each view's Parquet files are inside a release: every view reads {@code marts/<view>/}, as a
 * glob relative to the release's folder, so that the database keeps working when the folder is moved
 * or copied and never reaches outside it. The views of the warehouse's own records are copied there
 * at publish from where ingest and the checks keep them ({@link TableFiles#records}).
 */
final class SourceGlobs {
  private SourceGlobs() {}

  static String of(WarehouseLayout release, String view) {
    return relative(release, release.mart(view)) + "/" + TableFiles.VISIBLE + ".parquet";
  }

  private static String relative(WarehouseLayout layout, Path folder) {
    Path relative = layout.root().relativize(folder);
    if (relative.isAbsolute() || relative.startsWith("..")) {
      throw new IllegalStateException(folder + " is not inside the warehouse " + layout.root());
    }
    return relative.toString().replace('\\', '/');
  }
}
