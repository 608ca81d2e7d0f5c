package org.npcwh.pull;

import java.util.List;
import java.util.Map;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;

/**
 * How one contract dataset is read from a source database.
 *
 * @param dataset the contract dataset the rows are delivered as
 * @param table a table name ({@code name} or {@code schema.name}), or null when {@code query} is given
 * @param query a SELECT whose result is the dataset, or null when {@code table} is given
 * @param columns for every contract field, in contract order, the source column that holds it
 * @param keyColumns the source columns that identify a row (by default those of the contract's keys)
 * @param updatedAtColumn the source column incremental pulls are windowed on; null for full pulls
 * @param mode whether each pull delivers the whole dataset or the rows changed since the last one
 */
public record DatasetDefinition(
    SourceDataset dataset,
    String table,
    String query,
    Map<String, String> columns,
    List<String> keyColumns,
    String updatedAtColumn,
    DeliveryMode mode) {

  public DatasetDefinition {
    columns = Map.copyOf(columns);
    keyColumns = List.copyOf(keyColumns);
  }

  public String name() {
    return dataset.datasetName();
  }

  public boolean incremental() {
    return mode == DeliveryMode.INCREMENTAL;
  }

  /** The source column of a contract field. */
  public String column(Field field) {
    return columns.get(field.name());
  }
}
