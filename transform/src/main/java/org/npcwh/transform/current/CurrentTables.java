package org.npcwh.transform.current;

import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.transform.Concurrently;

/**
 * The current state of every dataset (one row per key, raw schema including lineage), the full
 * version history of livelihood projects (versions whose references resolve), which are taken as
 * they stood at the end of each period, and the versions held for a reference ({@link ReferenceHolds}).
 */
public record CurrentTables(Map<SourceDataset, Dataset<Row>> current, Dataset<Row> livelihoodVersions,
    Dataset<Row> referenceHolds) {

  public CurrentTables {
    current = new EnumMap<>(current);
  }

  public Dataset<Row> get(SourceDataset dataset) {
    return current.get(dataset);
  }

  /**
   * The same tables with their lineage cut (a lazy local checkpoint: computed by the first job that
   * reads them, then kept): they feed both the written current/ layer and the marts, and short plans
   * analyse much faster.
   */
  public CurrentTables materialized() {
    // Under adaptive execution even a lazy checkpoint runs the shuffles: do the datasets side by side.
    Map<SourceDataset, Dataset<Row>> out = Concurrently.map(current, (dataset, rows) -> rows.localCheckpoint(false));
    return new CurrentTables(out, livelihoodVersions.localCheckpoint(false), referenceHolds.localCheckpoint(false));
  }
}
