package org.npcwh.warehouse;

import java.nio.file.Path;
import java.util.List;

/**
 * What a publish did.
 *
 * @param database the published warehouse.duckdb
 * @param views every view it holds, in creation order
 * @param viewsWithoutFiles views whose Parquet files did not exist yet: they return no rows until a
 *     later run writes their files and the warehouse is published again
 */
public record PublishReport(Path database, List<String> views, List<String> viewsWithoutFiles) {

  public PublishReport {
    views = List.copyOf(views);
    viewsWithoutFiles = List.copyOf(viewsWithoutFiles);
  }

  @Override
  public String toString() {
    String summary = "Published " + views.size() + " documented views in " + database;
    return viewsWithoutFiles.isEmpty()
        ? summary
        : summary + " (no files yet, empty until the next publish: " + String.join(", ", viewsWithoutFiles) + ")";
  }
}
