package org.npcwh.transform;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.core.progress.StageProgress;
import org.npcwh.core.table.Tables;
import org.npcwh.transform.conform.ConformedModel;
import org.npcwh.transform.conform.DeclaredColumns;
import org.npcwh.transform.current.CurrentState;
import org.npcwh.transform.current.CurrentTables;
import org.npcwh.transform.metrics.MetricCatalog;
import org.npcwh.transform.metrics.MetricValues;
import org.npcwh.transform.raw.RawReader;
import org.npcwh.transform.raw.RawTables;
import org.npcwh.transform.store.WarehouseStore;
import org.npcwh.transform.write.MartWriter;

/**
 * The TRANSFORM stage: raw layer → current state → conformed dimensions and facts → metric_values
 * of the requested periods, plus metric_catalog. The only class here that does I/O is through
 * {@link RawReader} and {@link MartWriter}; everything between is a pure Dataset function.
 */
public final class TransformJob {
  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private final SparkSession spark;
  private final WarehouseStore store;
  private final StageProgress progress;
  /** How many steps this run takes, for the progress bar. */
  private int stepCount;

  /** A transform of the warehouse at {@code warehouse}: a local folder's {@code file:} URI, or hdfs://…, s3a://… */
  public TransformJob(SparkSession spark, URI warehouse, StageProgress progress) {
    this.spark = spark;
    this.store = WarehouseStore.open(warehouse, spark.sparkContext().hadoopConfiguration());
    this.progress = progress;
  }

  /** A transform of a local warehouse folder. */
  public TransformJob(SparkSession spark, WarehouseLayout layout, StageProgress progress) {
    this(spark, layout.root().toUri(), progress);
  }

  /**
   * Runs the stage into a new candidate (current state, dimensions, facts, catalogue and the figures
   * of {@code periods}) that replaces the previous candidate whole; nothing is published here.
   */
  public TransformReport run(List<Period> periods) {
    List<Period> requested = periods.stream().distinct().sorted().toList();
    List<TransformReport.Step> steps = new ArrayList<>();
    String runId = LocalDateTime.now().format(RUN_ID) + "-" + ProcessHandle.current().pid();
    MartWriter writer = new MartWriter(store, runId);
    stepCount = requested.isEmpty() ? 4 : 5; // the steps below; without periods there are no metric values
    try {
      RawTables raw = step(steps, "read raw layer",
          () -> new RawReader(spark, store).read());
      CurrentTables current = step(steps, "current state", () -> CurrentState.of(raw, writer::replaceCurrent));
      ConformedModel model = step(steps, "dimensions and facts", () -> {
        ConformedModel conformed = ConformedModel.of(current);
        return conformed.with(writer.replaceMarts(conformed.marts()));
      });
      Map<String, Long> rows = requested.isEmpty() ? Map.of() : step(steps, "metric values", () -> {
        Dataset<Row> values = MetricValues.compute(spark, model, requested);
        return writer.writeMetricValues(DeclaredColumns.select(Tables.get("metric_values"), values), requested);
      });
      step(steps, "metric catalog", () -> {
        writer.writeCatalog(DeclaredColumns.select(Tables.get("metric_catalog"), MetricCatalog.of(spark)));
        writer.commit();
        return null;
      });
      return new TransformReport(rows, steps);
    } finally {
      writer.cleanUp();
      spark.catalog().clearCache();
    }
  }

  private <T> T step(List<TransformReport.Step> steps, String name, Supplier<T> work) {
    progress.accept(name + " …");
    long started = System.nanoTime();
    T result = work.get();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    steps.add(new TransformReport.Step(name, took));
    progress.accept(String.format(Locale.ROOT, "%s done in %.1f s", name, took.toMillis() / 1000.0));
    progress.advanced(steps.size(), stepCount);
    return result;
  }
}
