package org.npcwh.transform.current;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.RawColumns;
import org.npcwh.core.contract.SourceDataset;

/**
 * The mart {@code reference_holds}. Grain: 每个因引用尚不存在的键而暂缓计入的原始版本一行 / one row per raw
 * version held because a reference names a key the current state does not hold (dataset, batch_id,
 * source_file, source_line). Keys and codes only, never personal data. {@code supersedes_current}
 * says whether the held version would be the key's current one if the key existed (it is newer than
 * the current version, or the key has none): those are the versions a figure is missing.
 */
public final class ReferenceHolds {
  private ReferenceHolds() {}

  private static final String CURRENT = "_current_order";
  private static final String HELD = "_held_order";

  /** The columns of the mart, in order. */
  public static final List<String> COLUMNS = List.of("dataset", "batch_id", "source_file", "source_line", "key",
      "field", "missing_key", "reason", "pending_at_ingest", "supersedes_current");

  /**
   * @param held the dataset's held versions as {@link References#resolve} marked them
   * @param current the dataset's current state (from the versions that resolved)
   */
  static Dataset<Row> of(SourceDataset dataset, Dataset<Row> held, Dataset<Row> current) {
    List<String> keys = dataset.keyFields().stream().map(Field::storedName).toList();
    List<Column> currentColumns = new ArrayList<>();
    for (String key : keys) {
      currentColumns.add(col(key).as("_current_" + key));
    }
    currentColumns.add(CurrentState.versionStruct(current).as(CURRENT));
    // Only the current versions of held keys, found with the (small) held keys broadcast, so that the
    // current state is never shuffled for this; a semi-join needs no distinct keys (that was a shuffle).
    Dataset<Row> heldKeys = held.select(keys.stream().map(k -> col(k).as("_held_" + k)).toArray(Column[]::new));
    Column isHeld = keys.stream().map(k -> current.col(k).equalTo(heldKeys.col("_held_" + k)))
        .reduce(Column::and).orElseThrow();
    Dataset<Row> currentOrder = current.join(broadcast(heldKeys), isHeld, "left_semi")
        .select(currentColumns.toArray(Column[]::new));
    Column sameKey = keys.stream().map(k -> held.col(k).equalTo(currentOrder.col("_current_" + k)))
        .reduce(Column::and).orElseThrow();
    return held
        .withColumn(HELD, CurrentState.versionStruct(held))
        .join(currentOrder, sameKey, "left")
        .select(
            lit(dataset.datasetName()).as("dataset"),
            col(RawColumns.BATCH_ID).as("batch_id"),
            col(RawColumns.SOURCE_FILE).as("source_file"),
            col(RawColumns.SOURCE_LINE).as("source_line"),
            concat_ws(" | ", keys.stream().map(k -> col(k).cast("string")).toArray(Column[]::new)).as("key"),
            col(References.HELD_FIELD).as("field"),
            col(References.HELD_KEY).as("missing_key"),
            col(References.HELD_REASON).as("reason"),
            col(RawColumns.PENDING_REFERENCE).isNotNull().as("pending_at_ingest"),
            col(CURRENT).isNull().or(col(HELD).gt(col(CURRENT))).as("supersedes_current"));
  }
}
