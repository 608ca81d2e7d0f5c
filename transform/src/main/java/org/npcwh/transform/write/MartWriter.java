package org.npcwh.transform.write;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.transform.Concurrently;

/**
 * Writes everything transform publishes. Spark writes into {@code <wh>/_staging/<run id>/}; only a
 * rename makes a result visible, so readers never see half a table, and a failed run leaves the
 * published tables as they were.
 */
public final class MartWriter {
  private static final String PERIOD_FOLDER = "period_label";
  private static final String[] SORT = {"metric_id", "scope_type", "scope_code"};

  private final WarehouseLayout layout;
  private final String runId;
  private final Path stagingRoot;

  public MartWriter(WarehouseLayout layout, String runId) {
    this.layout = layout;
    this.runId = runId;
    this.stagingRoot = layout.staging().resolve(runId);
  }

  /** A folder of this run's staging area for other work files; deleted by {@link #cleanUp()}. */
  public Path scratch(String name) {
    return stagingRoot.resolve(name);
  }

  /** Rebuilds {@code current/<dataset>/} for every dataset. */
  public void replaceCurrent(Map<SourceDataset, Dataset<Row>> current) {
    Map<Path, Dataset<Row>> targets = new LinkedHashMap<>();
    current.forEach((dataset, rows) -> targets.put(layout.current(dataset), rows));
    replaceFolders(targets);
  }

  /** Rebuilds {@code marts/<table>/} for each table. */
  public void replaceMarts(Map<String, Dataset<Row>> marts) {
    Map<Path, Dataset<Row>> targets = new LinkedHashMap<>();
    marts.forEach((table, rows) -> targets.put(layout.mart(table), rows));
    replaceFolders(targets);
  }

  /** Writes the tables concurrently; each is still written and swapped in on its own. */
  private void replaceFolders(Map<Path, Dataset<Row>> targets) {
    Concurrently.map(targets, (target, rows) -> {
      replaceFolder(rows, target);
      return target;
    });
  }

  /**
   * Writes one candidate file {@code candidates/metric_values/<label>.parquet} per period (one Spark
   * job for all), replacing exactly those periods' candidates. Rows are sorted by (metric_id,
   * scope_type, scope_code). The checks decide whether publish promotes them into the marts.
   *
   * @return rows written per period label, in the order of {@code periods}
   */
  public Map<String, Long> writeMetricValues(Dataset<Row> values, List<Period> periods) {
    Path staged = stagingRoot.resolve("metric_values");
    values.withColumn(PERIOD_FOLDER, col("period"))
        .repartition(col(PERIOD_FOLDER))
        .sortWithinPartitions(col(PERIOD_FOLDER), col(SORT[0]), col(SORT[1]), col(SORT[2]))
        .write()
        .partitionBy(PERIOD_FOLDER)
        .parquet(staged.toUri().toString());
    Map<String, Long> counts = new LinkedHashMap<>();
    values.groupBy("period").count().collectAsList()
        .forEach(r -> counts.put(r.getString(0), r.getLong(1)));
    Map<String, Long> written = new LinkedHashMap<>();
    try {
      for (Period period : periods) {
        String label = period.label();
        Path folder = staged.resolve(PERIOD_FOLDER + "=" + label);
        StagedFiles.moveOver(StagedFiles.singlePart(folder),
            layout.candidateMetricValues().resolve(label + ".parquet"));
        written.put(label, counts.getOrDefault(label, 0L));
      }
    } catch (IOException e) {
      throw Errors.unwritable(layout.candidateMetricValues(), e);
    }
    return written;
  }

  /** Replaces {@code marts/metric_catalog/metric_catalog.parquet}. */
  public void writeCatalog(Dataset<Row> catalog) {
    Path staged = stagingRoot.resolve("metric_catalog");
    catalog.coalesce(1).write().parquet(staged.toUri().toString());
    try {
      StagedFiles.moveOver(StagedFiles.singlePart(staged), layout.metricCatalog().resolve("metric_catalog.parquet"));
    } catch (IOException e) {
      throw Errors.unwritable(layout.metricCatalog(), e);
    }
  }

  /** Deletes this run's staging folder (and the staging root when no other run uses it). */
  public void cleanUp() {
    StagedFiles.deleteRecursively(stagingRoot);
    try {
      java.nio.file.Files.deleteIfExists(layout.staging());
    } catch (IOException e) {
      // another run's staging folder is still there: leave the root alone
    }
  }

  private void replaceFolder(Dataset<Row> rows, Path target) {
    Path staged = stagingRoot.resolve(layout.root().relativize(target));
    rows.coalesce(1).write().parquet(staged.toUri().toString());
    try {
      StagedFiles.swapFolder(staged, target, runId);
    } catch (IOException e) {
      throw Errors.unwritable(target, e);
    }
  }
}
