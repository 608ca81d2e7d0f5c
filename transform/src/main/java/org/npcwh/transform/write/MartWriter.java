package org.npcwh.transform.write;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.ingest.parquet.ParquetTableReader;
import org.npcwh.transform.Concurrently;
import org.npcwh.transform.store.WarehouseStore;

/**
 * Writes everything transform makes into one candidate: Spark writes the whole of it into
 * {@code <wh>/_staging/<run id>/work/candidate/} (laid out like {@code <wh>/candidate/}), and {@link
 * #commit()} swaps it in place of the previous candidate. Nothing here is published: publish takes
 * the candidate into a release once its checks pass, so a failed or killed transform changes
 * neither the published release nor (before its commit) the previous candidate. Files are moved
 * through the warehouse's {@link WarehouseStore}, so the warehouse may live on HDFS or an object store.
 */
public final class MartWriter {
  private static final String PERIOD_FOLDER = "period_label";
  private static final String[] SORT = {"metric_id", "scope_type", "scope_code"};

  private final WarehouseStore store;
  private final String runId;
  private final Path stagingRoot;

  public MartWriter(WarehouseStore store, String runId) {
    this.store = store;
    this.runId = runId;
    this.stagingRoot = store.path(layout -> layout.staging().resolve(runId));
  }

  /** A file or folder of the candidate being built, named as the layout names it in the warehouse's candidate. */
  private Path staged(Function<WarehouseLayout, java.nio.file.Path> name) {
    return store.path(layout -> name.apply(new WarehouseLayout(layout.staging().resolve(runId).resolve("work"))));
  }

  /**
   * Writes the candidate's {@code current/<dataset>/} for the given datasets, side by side.
   *
   * @return each dataset as written (read back from its file, so readers start from the file)
   */
  public Map<SourceDataset, Dataset<Row>> replaceCurrent(Map<SourceDataset, Dataset<Row>> current) {
    return Concurrently.map(current, (dataset, rows) -> replaceFolder(rows, staged(layout -> layout.current(dataset))));
  }

  /**
   * Writes the candidate's {@code marts/<table>/} for each table, side by side.
   *
   * @return each table as written (read back from its file)
   */
  public Map<String, Dataset<Row>> replaceMarts(Map<String, Dataset<Row>> marts) {
    return Concurrently.map(marts, (table, rows) -> replaceFolder(rows, staged(layout -> layout.candidateMart(table))));
  }

  /**
   * Writes one candidate file {@code candidate/metric_values/<label>.parquet} per period (one Spark
   * job for all; the rows per period are read from the files' footers, not counted by another job).
   * Rows are sorted by (metric_id, scope_type, scope_code). The checks decide whether publish promotes them into a release.
   *
   * @return rows written per period label, in the order of {@code periods}
   */
  public Map<String, Long> writeMetricValues(Dataset<Row> values, List<Period> periods) {
    Path sparkOutput = new Path(stagingRoot, "metric_values");
    values.withColumn(PERIOD_FOLDER, col("period"))
        .repartition(col(PERIOD_FOLDER))
        .sortWithinPartitions(col(PERIOD_FOLDER), col(SORT[0]), col(SORT[1]), col(SORT[2]))
        .write()
        .partitionBy(PERIOD_FOLDER)
        .parquet(sparkOutput.toString());
    Map<String, Long> written = new LinkedHashMap<>();
    for (Period period : periods) {
      String label = period.label();
      Path target = staged(layout -> layout.candidateMetricValues().resolve(label + ".parquet"));
      store.move(store.singlePart(new Path(sparkOutput, PERIOD_FOLDER + "=" + label)), target);
      written.put(label, rowCount(target));
    }
    store.removeSparkSideFiles(staged(WarehouseLayout::candidateMetricValues));
    return written;
  }

  /** Writes the candidate's {@code marts/metric_catalog/metric_catalog.parquet}. */
  public void writeCatalog(Dataset<Row> catalog) {
    Path sparkOutput = new Path(stagingRoot, "metric_catalog");
    catalog.coalesce(1).write().parquet(sparkOutput.toString());
    Path folder = staged(layout -> layout.candidateMart("metric_catalog"));
    store.move(store.singlePart(sparkOutput), new Path(folder, "metric_catalog.parquet"));
    store.removeSparkSideFiles(folder);
  }

  /** Makes the staged candidate the warehouse's candidate, replacing the previous one whole. */
  public void commit() {
    Path candidate = staged(WarehouseLayout::candidate);
    store.mkdirs(candidate);
    store.swapCandidate(candidate, runId);
  }

  /** Deletes this run's staging folder (and the staging root when no other run uses it). */
  public void cleanUp() {
    store.delete(stagingRoot);
    store.deleteIfEmpty(store.path(WarehouseLayout::staging));
  }

  private long rowCount(Path file) {
    try {
      return ParquetTableReader.rowCount(store.inputFile(store.status(file)));
    } catch (IOException | RuntimeException e) {
      throw Errors.unreadable(file.toString(), e);
    }
  }

  /**
   * Writes the rows into the target folder, in at most one file per core, and returns them as read from
   * it, with their schema. One file would make the last stage of a large table a single task (the duty
   * roster's window at scale 10: 28 s on one core while the other idled); a folder is read as one table
   * by every reader (Spark, the checks' and the analysts' DuckDB views).
   */
  private Dataset<Row> replaceFolder(Dataset<Row> rows, Path target) {
    String uri = target.toString();
    rows.coalesce(rows.sparkSession().sparkContext().defaultParallelism()).write().parquet(uri);
    store.removeSparkSideFiles(target);
    return rows.sparkSession().read().schema(rows.schema()).parquet(uri);
  }
}
