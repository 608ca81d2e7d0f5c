package org.npcwh.transform.current;

import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.contract.SourceDataset;

/**
 * The current state of every dataset (one row per key, raw schema including lineage), the full
 * version history of livelihood projects (versions whose references resolve), which are taken as
 * they stood at the end of each period, and the mart reference_holds ({@link ReferenceHolds}): the
 * versions held for a reference, gathered while the current state was computed.
 */
public record CurrentTables(Map<SourceDataset, Dataset<Row>> current, Dataset<Row> livelihoodVersions,
    Dataset<Row> referenceHolds) {

  public CurrentTables {
    current = new EnumMap<>(current);
  }

  public Dataset<Row> get(SourceDataset dataset) {
    return current.get(dataset);
  }
}
