package org.npcwh.transform.raw;

import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.contract.SourceDataset;

/**
 * The raw layer as Datasets: every accepted row of every batch (schema {@link RawSchemas#of}) and
 * the ledger entries of all batches (schema {@link RawSchemas#LEDGER}).
 */
public record RawTables(Map<SourceDataset, Dataset<Row>> rows, Dataset<Row> ledger) {

  public RawTables {
    for (SourceDataset dataset : SourceDataset.values()) {
      if (!rows.containsKey(dataset)) {
        throw new IllegalArgumentException("raw rows missing for dataset " + dataset.datasetName());
      }
    }
    rows = new EnumMap<>(rows);
  }

  public Dataset<Row> rows(SourceDataset dataset) {
    return rows.get(dataset);
  }
}
