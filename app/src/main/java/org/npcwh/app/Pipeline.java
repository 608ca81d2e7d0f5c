package org.npcwh.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.npcwh.checks.CheckReport;
import org.npcwh.checks.CheckRunner;
import org.npcwh.checks.CheckSettings;
import org.npcwh.checks.FirstData;
import org.npcwh.checks.Promotion;
import org.npcwh.checks.PromotionReport;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.ReleaseDraft;
import org.npcwh.core.layout.Releases;
import org.npcwh.core.layout.TreeFiles;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.layout.WarehouseLock;
import org.npcwh.core.period.Period;
import org.npcwh.ingest.IngestJob;
import org.npcwh.ingest.IngestReport;
import org.npcwh.ingest.IngestSettings;
import org.npcwh.reports.ReportRenderer;
import org.npcwh.reports.ReportRequest;
import org.npcwh.reports.export.OutputNames;
import org.npcwh.reports.export.ReportIndex;
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

  /** Takes the warehouse's writer lock for {@code command} (see {@link WarehouseLock}); close it when done. */
  WarehouseLock writing(String command) {
    return WarehouseLock.acquire(layout, "npcwh " + command);
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
    return transform(layout.root().toUri(), master, periods, progress);
  }

  /**
   * The transform of the warehouse at {@code warehouse}: a local folder's URI, or one on Hadoop's file
   * systems (hdfs://…, s3a://…), which only this stage can work on.
   */
  static TransformReport transform(URI warehouse, String master, List<Period> periods, Progress progress) {
    return progress.time("transform", () -> {
      long start = System.nanoTime();
      SparkSession spark = SparkSessions.forWarehouse(master, Logging.isVerbose(), warehouse);
      progress.stage("transform").accept(
          "Spark session ready in " + Progress.since(start) + " (master " + spark.sparkContext().master()
              + ", code generation " + (SparkSessions.generatesCode(spark) ? "on" : "off") + ")");
      try {
        return new TransformJob(spark, warehouse, progress.stage("transform")).run(periods);
      } finally {
        spark.stop();
      }
    });
  }

  CheckReport check(List<Period> periods, CheckSettings settings) {
    return progress.time("check", () -> new CheckRunner(layout, settings, progress.stage("check")).run(periods));
  }

  /**
   * Publishes one release (see {@link Releases}): the candidate's figures whose checks passed, with
   * the candidate's dimensions and facts, the warehouse's records, the analysts' database and the
   * reports of {@code reportPeriods}, all made visible by one rename. Nothing changes when the
   * candidate has periods and none of them passed: the release in force stays whole.
   */
  Published publish(List<Period> reportPeriods, ReportOptions.Plan plan) {
    return progress.time("publish", () -> {
      Promotion promotion = new Promotion(layout);
      PromotionReport promoted = promotion.plan();
      Releases releases = new Releases(layout);
      if (promoted.published().isEmpty() && promoted.hasHeld()) {
        return new Published(promoted, null, List.of());
      }
      try (ReleaseDraft draft = releases.draft()) {
        promotion.apply(promoted, draft);
        promoted.published().forEach(label -> removeReportsOf(draft, Period.parse(label)));
        PublishReport built = new WarehousePublisher(layout, draft.layout()).publish();
        PublishReport views = new PublishReport(layout.duckdb(), built.views(), built.viewsWithoutFiles());
        List<Path> reports = renderInto(draft, reportPeriods, plan);
        releases.commit(draft);
        promotion.consume(promoted);
        return new Published(promoted, views, reports.stream().map(r -> layout.reports().resolve(r.getFileName())).toList());
      }
    });
  }

  record Published(PromotionReport promoted, PublishReport views, List<Path> reports) {
    boolean released() {
      return views != null;
    }

    @Override
    public String toString() {
      return promoted + System.lineSeparator()
          + (released() ? views : "No new release: the published warehouse stays as it was.");
    }
  }

  /**
   * Renders reports from the release in force: into a new release (the default folder), or into
   * another folder, each file renamed into place whole.
   */
  List<Path> report(List<Period> periods, ReportOptions.Plan plan) {
    return progress.time("report", () -> {
      if (!isReleaseFolder(plan.outDir())) {
        return renderAtomically(Releases.pinned(layout), periods, plan, plan.outDir());
      }
      Releases releases = new Releases(layout);
      try (ReleaseDraft draft = releases.draft()) {
        List<Path> written = renderInto(draft, periods, plan);
        releases.commit(draft);
        return written.stream().map(r -> layout.reports().resolve(r.getFileName())).toList();
      }
    });
  }

  /** Where reports go unless {@code --out} says otherwise: into the published release. */
  Path defaultReportDir() {
    return layout.reports();
  }

  boolean isReleaseFolder(Path outDir) {
    return outDir.toAbsolutePath().normalize().equals(layout.reports());
  }

  private List<Path> renderInto(ReleaseDraft draft, List<Period> periods, ReportOptions.Plan plan) {
    return renderAtomically(draft.layout(), periods, plan, draft.layout().reports());
  }

  /**
   * Renders into a scratch folder, then renames each file into {@code outDir} (replacing, never writing
   * into, an old one), and rewrites the folder's index.html, also when nothing was rendered (a publish
   * may have removed reports).
   */
  private List<Path> renderAtomically(WarehouseLayout from, List<Period> periods, ReportOptions.Plan plan, Path outDir) {
    List<Path> placed = periods.isEmpty() ? List.of() : render(from, periods, plan, outDir);
    try {
      Files.createDirectories(outDir);
      ReportIndex.write(outDir);
    } catch (IOException e) {
      throw Errors.unwritable(outDir, e);
    }
    return placed;
  }

  private List<Path> render(WarehouseLayout from, List<Period> periods, ReportOptions.Plan plan, Path outDir) {
    Path scratch = layout.staging().resolve("reports-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    progress.stage("report").accept("rendering " + periods.size() + " period(s) …");
    try {
      ReportRenderer renderer = new ReportRenderer(from);
      List<Path> rendered = periods.stream()
          .flatMap(p -> renderer.render(new ReportRequest(p, plan.formats(), plan.burst(), scratch)).stream())
          .toList();
      Files.createDirectories(outDir);
      List<Path> placed = new ArrayList<>();
      for (Path file : rendered) {
        Path target = outDir.resolve(file.getFileName().toString());
        Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        placed.add(target);
      }
      return placed;
    } catch (IOException e) {
      throw Errors.unwritable(outDir, e);
    } finally {
      TreeFiles.deleteQuietly(scratch);
    }
  }

  /** A release never keeps a report whose figures it replaces. */
  private static void removeReportsOf(ReleaseDraft draft, Period period) {
    try (Stream<Path> files = Files.list(draft.layout().reports())) {
      files.filter(f -> OutputNames.isOf(f.getFileName().toString(), period))
          .forEach(f -> draft.remove("reports/" + f.getFileName()));
    } catch (IOException e) {
      throw Errors.unreadable(draft.layout().reports(), e);
    }
  }
}
