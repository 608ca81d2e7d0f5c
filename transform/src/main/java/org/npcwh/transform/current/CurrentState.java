package org.npcwh.transform.current;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.RawColumns;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.transform.Concurrently;
import org.npcwh.transform.raw.RawTables;

/**
 * Raw batches → the current state of every dataset (pure functions).
 *
 * <ul>
 *   <li>Incremental data: the latest version per key. Order of versions: higher {@code updated_at};
 *       tie → later {@code _extracted_at}; then the later {@code _batch_id}; then the later
 *       {@code _source_line}. A batch delivered twice therefore changes nothing.
 *   <li>Reference data: the rows of the newest INGESTED full batch (by the ledger's extracted_at; tie →
 *       the later batch_id). Incremental batches of the same dataset extracted after that full batch
 *       replace same-key rows (the latest such batch wins). With no full batch at all, every
 *       incremental batch counts.
 *   <li>Before either, every version's references are judged against the current state of the
 *       referenced datasets in this run ({@link References}); a version naming a key that does not
 *       exist is held: it is left out, so an older version that resolves stays current, and it is
 *       listed in {@code reference_holds} ({@link ReferenceHolds}).
 * </ul>
 */
public final class CurrentState {
  private CurrentState() {}

  private static final String UPDATED_AT = "updated_at";
  private static final String RANK = "_version_rank";

  /**
   * The current state kept in memory: each wave's tables computed and kept (an eager local
   * checkpoint, side by side), since the plans of the datasets below would otherwise repeat the
   * whole chain above.
   */
  public static CurrentTables of(RawTables raw) {
    return of(raw, wave -> Concurrently.map(wave, (dataset, rows) -> rows.localCheckpoint(true)));
  }

  /**
   * The current state, resolved wave by wave ({@link References#waves()}).
   *
   * @param settle given each wave's current tables, returns the tables the datasets below read and
   *     {@link CurrentTables} holds; the job writes them and gives back the files it wrote, so that no
   *     reader recomputes the chain above them
   */
  public static CurrentTables of(RawTables raw, UnaryOperator<Map<SourceDataset, Dataset<Row>>> settle) {
    Map<SourceDataset, Dataset<Row>> current = new EnumMap<>(SourceDataset.class);
    KnownKeys known = new KnownKeys(current);
    Map<SourceDataset, Observation> held = new EnumMap<>(SourceDataset.class);
    Dataset<Row> livelihoodVersions = null;
    for (List<SourceDataset> wave : References.waves()) {
      Map<SourceDataset, Dataset<Row>> latest = new EnumMap<>(SourceDataset.class);
      for (SourceDataset dataset : wave) {
        Dataset<Row> rows = raw.rows(dataset);
        Dataset<Row> versions = dataset.isReference() ? fromNewestFullBatch(dataset, rows, raw.ledger()) : rows;
        Dataset<Row> marked = References.resolve(dataset, versions, known);
        held.put(dataset, new Observation("held " + dataset.datasetName()));
        latest.put(dataset, ReferenceHolds.currentReportingHeld(dataset, marked, versionOrder(rows), held.get(dataset))
            .select(columns(rows)));
        if (dataset == SourceDataset.LIVELIHOOD_PROJECTS) {
          livelihoodVersions = marked.filter(col(References.HELD_FIELD).isNull()).select(columns(rows));
        }
      }
      current.putAll(settle.apply(latest));
    }
    return new CurrentTables(current, livelihoodVersions, ReferenceHolds.of(raw.ledger().sparkSession(), held));
  }

  private static Column[] columns(Dataset<Row> rows) {
    return java.util.Arrays.stream(rows.columns()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  /** The first row of each partition in the given order (ties beyond it broken arbitrarily). */
  public static Dataset<Row> firstPer(Dataset<Row> rows, List<Column> partitionBy, Column... order) {
    return rows
        .withColumn(RANK, row_number().over(Window.partitionBy(partitionBy.toArray(Column[]::new)).orderBy(order)))
        .filter(col(RANK).equalTo(1))
        .drop(RANK);
  }

  /**
   * The given value of the next newer version of the same key (in the order above), null for the newest
   * version: with it, the period in which each version stands is known without ranking versions per period.
   */
  public static Column ofNextNewerVersion(Column value, Dataset<Row> rows, List<Column> partitionBy) {
    return lag(value, 1).over(Window.partitionBy(partitionBy.toArray(Column[]::new)).orderBy(versionOrder(rows)));
  }

  /** Newest first: updated_at (when the dataset has one), then the lineage columns. */
  static Column[] versionOrder(Dataset<Row> rows) {
    boolean hasUpdatedAt = List.of(rows.columns()).contains(UPDATED_AT);
    List<Column> order = new ArrayList<>();
    if (hasUpdatedAt) {
      order.add(col(UPDATED_AT).desc_nulls_last());
    }
    order.add(col(RawColumns.EXTRACTED_AT).desc_nulls_last());
    order.add(col(RawColumns.BATCH_ID).desc_nulls_last());
    order.add(col(RawColumns.SOURCE_LINE).desc_nulls_last());
    return order.toArray(Column[]::new);
  }

  /** Rows of the newest full batch plus rows of the incremental batches extracted after it. */
  static Dataset<Row> fromNewestFullBatch(SourceDataset dataset, Dataset<Row> rows, Dataset<Row> ledger) {
    Dataset<Row> batches = ledger
        .filter(col("dataset").equalTo(dataset.datasetName()).and(col("status").equalTo("INGESTED")));
    Dataset<Row> newestFull = batches
        .filter(col("mode").equalTo(DeliveryMode.FULL.code()))
        .orderBy(col("extracted_at").desc(), col("batch_id").desc())
        .limit(1)
        .select(col("batch_id").as("full_batch_id"), col("extracted_at").as("full_extracted_at"));
    Dataset<Row> laterIncrements = batches
        .filter(col("mode").equalTo(DeliveryMode.INCREMENTAL.code()))
        .join(newestFull, col("full_extracted_at").gt(col("extracted_at"))
            .or(col("full_extracted_at").equalTo(col("extracted_at"))
                .and(col("full_batch_id").gt(col("batch_id")))), "left_anti")
        .select("batch_id");
    Dataset<Row> counted = newestFull.select(col("full_batch_id").as("batch_id")).union(laterIncrements);
    return rows.join(counted, rows.col(RawColumns.BATCH_ID).equalTo(counted.col("batch_id")), "left_semi");
  }

  public static List<Column> keyColumns(SourceDataset dataset) {
    return dataset.keyFields().stream().map(Field::storedName).map(org.apache.spark.sql.functions::col).toList();
  }
}
