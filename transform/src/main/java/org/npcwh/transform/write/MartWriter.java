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
import org.npcwh.core.layout.TreeFiles;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.ingest.parquet.ParquetTableReader;
import org.npcwh.transform.Concurrently;

/**
 * Writes everything transform makes into one candidate: Spark writes the whole of it into
 * {@code <wh>/_staging/<run id>/candidate/} (laid out like {@code <wh>/candidate/}), and {@link
 * #commit()} swaps it in place of the previous candidate. Nothing here is published: publish takes
 * the candidate into a release once its checks pass, so a failed or killed transform changes
 * neither the published release nor (before its commit) the previous candidate.
 */
public final class MartWriter {
  private static final String PERIOD_FOLDER = "period_label";
  private static final String[] SORT = {"metric_id", "scope_type", "scope_code"};

  private final WarehouseLayout layout;
  private final String runId;
  private final Path stagingRoot;
  /** The candidate being built, seen as a warehouse layout whose candidate() is the staged folder. */
  private final WarehouseLayout staged;

  public MartWriter(WarehouseLayout layout, String runId) {
    this.layout = layout;
    this.runId = runId;
    this.stagingRoot = layout.staging().resolve(runId);
    this.staged = new WarehouseLayout(stagingRoot.resolve("work"));
  }

  /** A folder of this run's staging area for other work files; deleted by {@link #cleanUp()}. */
  public Path scratch(String name) {
    return stagingRoot.resolve(name);
  }

  /**
   * Writes the candidate's {@code current/<dataset>/} for the given datasets, side by side.
   *
   * @return each dataset as written (read back from its file, so readers start from the file)
   */
  public Map<SourceDataset, Dataset<Row>> replaceCurrent(Map<SourceDataset, Dataset<Row>> current) {
    return Concurrently.map(current, (dataset, rows) -> replaceFolder(rows, staged.current(dataset)));
  }

  /**
   * Writes the candidate's {@code marts/<table>/} for each table, side by side.
   *
   * @return each table as written (read back from its file)
   */
  public Map<String, Dataset<Row>> replaceMarts(Map<String, Dataset<Row>> marts) {
    return Concurrently.map(marts, (table, rows) -> replaceFolder(rows, staged.candidateMart(table)));
  }

  /**
   * Writes one candidate file {@code candidate/metric_values/<label>.parquet} per period (one Spark
   * job for all; the rows per period are read from the files' footers, not counted by another job).
   * Rows are sorted by (metric_id, scope_type, scope_code). The checks decide whether publish promotes them into a release.
   *
   * @return rows written per period label, in the order of {@code periods}
   */
  public Map<String, Long> writeMetricValues(Dataset<Row> values, List<Period> periods) {
    Path sparkOutput = stagingRoot.resolve("metric_values");
    values.withColumn(PERIOD_FOLDER, col("period"))
        .repartition(col(PERIOD_FOLDER))
        .sortWithinPartitions(col(PERIOD_FOLDER), col(SORT[0]), col(SORT[1]), col(SORT[2]))
        .write()
        .partitionBy(PERIOD_FOLDER)
        .parquet(sparkOutput.toUri().toString());
    Map<String, Long> written = new LinkedHashMap<>();
    try {
      for (Period period : periods) {
        String label = period.label();
        Path folder = sparkOutput.resolve(PERIOD_FOLDER + "=" + label);
        Path target = staged.candidateMetricValues().resolve(label + ".parquet");
        StagedFiles.moveOver(StagedFiles.singlePart(folder), target);
        written.put(label, ParquetTableReader.rowCount(target));
      }
    } catch (IOException e) {
      throw Errors.unwritable(staged.candidateMetricValues(), e);
    }
    return written;
  }

  /** Writes the candidate's {@code marts/metric_catalog/metric_catalog.parquet}. */
  public void writeCatalog(Dataset<Row> catalog) {
    Path sparkOutput = stagingRoot.resolve("metric_catalog");
    catalog.coalesce(1).write().parquet(sparkOutput.toUri().toString());
    Path target = staged.candidateMart("metric_catalog").resolve("metric_catalog.parquet");
    try {
      StagedFiles.moveOver(StagedFiles.singlePart(sparkOutput), target);
    } catch (IOException e) {
      throw Errors.unwritable(target, e);
    }
  }

  /** Makes the staged candidate the warehouse's candidate, replacing the previous one whole. */
  public void commit() {
    try {
      java.nio.file.Files.createDirectories(staged.candidate());
      StagedFiles.swapFolder(staged.candidate(), layout.candidate(), runId);
    } catch (IOException e) {
      throw Errors.unwritable(layout.candidate(), e);
    }
  }

  /** Deletes this run's staging folder (and the staging root when no other run uses it). */
  public void cleanUp() {
    try {
      TreeFiles.deleteRecursively(stagingRoot);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try {
      java.nio.file.Files.deleteIfExists(layout.staging());
    } catch (IOException e) {
      // another run's staging folder is still there: leave the root alone
    }
  }

  /** Writes the rows as one file into the target folder and returns them as read from it, with their schema. */
  private static Dataset<Row> replaceFolder(Dataset<Row> rows, Path target) {
    String uri = target.toUri().toString();
    rows.coalesce(1).write().parquet(uri);
    try {
      StagedFiles.removeSparkSideFiles(target);
    } catch (IOException e) {
      throw Errors.unwritable(target, e);
    }
    return rows.sparkSession().read().schema(rows.schema()).parquet(uri);
  }
}
