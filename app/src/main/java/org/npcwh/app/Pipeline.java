package org.npcwh.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.npcwh.checks.CheckReport;
import org.npcwh.checks.CheckRunner;
import org.npcwh.checks.CheckSettings;
import org.npcwh.checks.FirstData;
import org.npcwh.checks.Promotion;
import org.npcwh.checks.PromotionReport;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.ingest.IngestJob;
import org.npcwh.ingest.IngestReport;
import org.npcwh.ingest.IngestSettings;
import org.npcwh.reports.Burst;
import org.npcwh.reports.ReportFormat;
import org.npcwh.reports.ReportRenderer;
import org.npcwh.reports.ReportRequest;
import org.npcwh.transform.SparkSessions;
import org.npcwh.transform.TransformJob;
import org.npcwh.transform.TransformReport;
import org.npcwh.warehouse.PublishReport;
import org.npcwh.warehouse.WarehousePublisher;

/**
 * The stages of the warehouse, each callable alone (one command per stage, so a scheduler can
 * retry one) or in sequence by {@code npcwh run}. Each stage prints its progress and timing.
 */
final class Pipeline {
  private final WarehouseLayout layout;
  private final Progress progress;

  Pipeline(WarehouseLayout layout, Progress progress) {
    this.layout = layout;
    this.progress = progress;
  }

  IngestReport ingest(Path landing, byte[] piiKey) {
    return progress.time("ingest",
        () -> new IngestJob(new IngestSettings(landing, layout.root(), piiKey), progress.stage("ingest")).run());
  }

  /** Exit 3 when a period ends before the warehouse's first event: its figures would be zeros meaning "no data". */
  void refusePeriodsBeforeFirstData(List<Period> periods) {
    FirstData.refusePeriodsBefore(layout, periods);
  }

  TransformReport transform(String master, List<Period> periods) {
    return progress.time("transform", () -> {
      long start = System.nanoTime();
      SparkSession spark = SparkSessions.create(master, Logging.isVerbose());
      progress.stage("transform").accept(
          "Spark session ready in " + Progress.since(start) + " (master " + spark.sparkContext().master() + ")");
      try {
        return new TransformJob(spark, layout, progress.stage("transform")).run(periods);
      } finally {
        spark.stop();
      }
    });
  }

  CheckReport check(List<Period> periods, CheckSettings settings) {
    return progress.time("check", () -> new CheckRunner(layout, settings, progress.stage("check")).run(periods));
  }

  /** Promotes the candidate figures that passed their checks, then refreshes the DuckDB views. */
  Published publish() {
    return progress.time("publish", () -> {
      PromotionReport promoted = new Promotion(layout).promote();
      PublishReport views = new WarehousePublisher(layout).publish();
      return new Published(promoted, views);
    });
  }

  record Published(PromotionReport promoted, PublishReport views) {
    @Override
    public String toString() {
      return promoted + System.lineSeparator() + views;
    }
  }

  List<Path> report(List<Period> periods, Set<ReportFormat> formats, Burst burst, Path outDir) {
    return progress.time("report", () -> {
      ReportRenderer renderer = new ReportRenderer(layout);
      return periods.stream()
          .flatMap(p -> renderer.render(new ReportRequest(p, formats, burst, outDir)).stream())
          .toList();
    });
  }

  /** Where reports go unless {@code --out} says otherwise. */
  Path defaultReportDir() {
    return layout.root().resolve("reports");
  }
}
