package org.npcwh.transform.current;

import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.contract.SourceDataset;

/**
 * The current state of every dataset (one row per key, raw schema including lineage), the full
 * version history of livelihood projects (versions whose references resolve), which are taken as
 * they stood at the end of each period, and per dataset the versions held for a reference.
 */
public record CurrentTables(Map<SourceDataset, Dataset<Row>> current, Dataset<Row> livelihoodVersions,
    Map<SourceDataset, Dataset<Row>> held) {

  public CurrentTables {
    current = new EnumMap<>(current);
    held = new EnumMap<>(held);
  }

  public Dataset<Row> get(SourceDataset dataset) {
    return current.get(dataset);
  }

  /**
   * The mart reference_holds ({@link ReferenceHolds}). Built from the current state as it is here
   * (in the job: as written), so that no current state is computed a second time.
   */
  public Dataset<Row> referenceHolds() {
    Dataset<Row> all = null;
    for (Map.Entry<SourceDataset, Dataset<Row>> entry : held.entrySet()) {
      Dataset<Row> rows = ReferenceHolds.of(entry.getKey(), entry.getValue(), current.get(entry.getKey()));
      all = all == null ? rows : all.unionByName(rows);
    }
    return all;
  }
}
