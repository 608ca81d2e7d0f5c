package org.npcwh.transform.current;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.RawColumns;
import org.npcwh.core.contract.SourceDataset;

/**
 * The mart {@code reference_holds}. Grain: 每个因引用尚不存在的键而暂缓计入的原始版本一行 / one row per raw
 * version held because a reference names a key the current state does not hold (dataset, batch_id,
 * source_file, source_line). Keys and codes only, never personal data. {@code supersedes_current}
 * says whether the held version would be the key's current one if the key existed (it is newer than
 * the current version, or the key has none): those are the versions a figure is missing.
 *
 * <p>The rows come out of the very plan that writes each dataset's current state: held and resolved
 * versions run through one window per key, newest first, counting the versions that resolve; the
 * first of them is the current version, and a held version before it supersedes it. An {@link
 * Observation} gathers the held rows while the current state is written, so the raw layer is read
 * once. Held versions are few (they wait for a key that does not exist yet): as few as the held keys
 * this mart used to collect and broadcast.
 */
public final class ReferenceHolds {
  private ReferenceHolds() {}

  /** How many versions that resolve are as new as this one or newer (the current version is the first). */
  private static final String RESOLVED_SO_FAR = "_resolved_so_far";
  private static final String HELD_ROWS = "held_rows";
  /** How long to wait, after a dataset's current state is written, for Spark to report its held rows. */
  private static final long REPORT_TIMEOUT_MINUTES = 5;

  /** The mart's columns, in order, with their types. */
  static final StructType SCHEMA = new StructType()
      .add("dataset", DataTypes.StringType, false)
      .add("batch_id", DataTypes.StringType)
      .add("source_file", DataTypes.StringType)
      .add("source_line", DataTypes.LongType)
      .add("key", DataTypes.StringType)
      .add("field", DataTypes.StringType)
      .add("missing_key", DataTypes.StringType)
      .add("reason", DataTypes.StringType)
      .add("pending_at_ingest", DataTypes.BooleanType)
      .add("supersedes_current", DataTypes.BooleanType);

  /** The columns of the mart, in order. */
  public static final List<String> COLUMNS = List.of(SCHEMA.fieldNames());

  /**
   * The dataset's current versions; its held versions are reported to {@code held} when the result
   * is first computed (written).
   *
   * @param marked every version of the dataset as {@link References#resolve} marked it
   * @param versionOrder newest first, as {@link CurrentState} orders versions
   */
  static Dataset<Row> currentReportingHeld(SourceDataset dataset, Dataset<Row> marked, Column[] versionOrder,
      Observation held) {
    Column isHeld = col(References.HELD_FIELD).isNotNull();
    WindowSpec newerOrSame = Window.partitionBy(CurrentState.keyColumns(dataset).toArray(Column[]::new))
        .orderBy(versionOrder)
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    return marked
        .withColumn(RESOLVED_SO_FAR, sum(when(isHeld, 0L).otherwise(1L)).over(newerOrSame))
        .observe(held, collect_list(when(isHeld, heldRow(dataset))).as(HELD_ROWS))
        .filter(not(isHeld).and(col(RESOLVED_SO_FAR).equalTo(1L)));
  }

  /**
   * A held version as a row of the mart, without the dataset's name. It supersedes the current
   * version when no version that resolves is newer: then it would be current if its key existed.
   */
  private static Column heldRow(SourceDataset dataset) {
    List<String> keys = dataset.keyFields().stream().map(Field::storedName).toList();
    return struct(
        col(RawColumns.BATCH_ID).as("batch_id"),
        col(RawColumns.SOURCE_FILE).as("source_file"),
        col(RawColumns.SOURCE_LINE).as("source_line"),
        concat_ws(" | ", keys.stream().map(k -> col(k).cast("string")).toArray(Column[]::new)).as("key"),
        col(References.HELD_FIELD).as("field"),
        col(References.HELD_KEY).as("missing_key"),
        col(References.HELD_REASON).as("reason"),
        col(RawColumns.PENDING_REFERENCE).isNotNull().as("pending_at_ingest"),
        col(RESOLVED_SO_FAR).equalTo(0L).as("supersedes_current"));
  }

  /**
   * The mart from the held rows each dataset reported while its current state was written, in
   * contract order, then by batch, file and line (the order Spark gathered them in is not fixed).
   */
  static Dataset<Row> of(SparkSession spark, Map<SourceDataset, Observation> reported) {
    List<Row> rows = new ArrayList<>();
    reported.forEach((dataset, held) -> {
      List<Row> gathered = new ArrayList<>(heldRows(dataset, held));
      gathered.sort(Comparator.<Row, String>comparing(r -> r.getString(0), Comparator.nullsFirst(String::compareTo))
          .thenComparing(r -> r.getString(1), Comparator.nullsFirst(String::compareTo))
          .thenComparing(r -> r.isNullAt(2) ? null : r.getLong(2), Comparator.nullsFirst(Long::compareTo)));
      for (Row row : gathered) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = dataset.datasetName();
        for (int i = 0; i < row.size(); i++) {
          values[i + 1] = row.get(i);
        }
        rows.add(RowFactory.create(values));
      }
    });
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static List<Row> heldRows(SourceDataset dataset, Observation held) {
    try {
      Row metrics = scala.concurrent.Await.result(held.future(),
          scala.concurrent.duration.Duration.create(REPORT_TIMEOUT_MINUTES, TimeUnit.MINUTES));
      return metrics.getList(metrics.fieldIndex(HELD_ROWS));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Spark did not report the held versions of " + dataset.datasetName()
          + " within " + REPORT_TIMEOUT_MINUTES + " minutes of writing its current state", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the held versions of "
          + dataset.datasetName(), e);
    }
  }
}
