package org.npcwh.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.npcwh.checks.CheckSettings;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.TreeFiles;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.ingest.BatchOutcome;
import org.npcwh.ingest.BatchStatus;
import org.npcwh.ingest.IngestReport;
import org.npcwh.reports.Burst;
import org.npcwh.reports.ReportFormat;
import org.npcwh.reports.export.OutputNames;
import org.npcwh.reports.fill.ReportScope;
import org.npcwh.samples.SampleGenerator;
import org.npcwh.samples.traps.DeliveryTraps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"The whole pipeline on the bundled calibrated sample (README command 1).",
      "Writes the sample landing zone under DIR/landing (once), then runs ingest, transform (every month"
          + " from 2022-01 to 2023-06, with their complete quarters and years), publish and the reports of 2023-06 into"
          + " DIR/warehouse. Uses a public demo key for pseudonyms unless NPCWH_PII_KEY is set. Exits 3 when"
          + " ingest rejects any batch but the one the sample damages on purpose, 4 when a check fails."})
final class DemoCommand implements Callable<Integer> {
  static final YearMonth FIRST_MONTH = YearMonth.of(2022, 1);
  static final YearMonth LAST_MONTH = YearMonth.of(2023, 6);
  /** The sample's deliberately damaged batch (a wrong checksum): its rejection is what the demo shows. */
  static final Set<String> DELIBERATE = Set.of(SourceDataset.MESSAGES.datasetName() + "/" + DeliveryTraps.BAD_CHECKSUM);

  @Option(names = {"-d", "--dir"}, paramLabel = "DIR", description = "Work folder (default: ${DEFAULT-VALUE}).")
  Path dir = Path.of("work", "demo");

  @Mixin SparkOptions spark;
  @Mixin Terminal terminal;

  @Override
  public Integer call() throws Exception {
    Progress progress = terminal.progress();
    Path landing = dir.resolve("landing");
    Path warehouseDir = dir.resolve("warehouse");
    List<String> missing = missingDatasets(landing);
    if (Files.isDirectory(landing) && !missing.isEmpty()) {
      // A sample written by an older npcwh: its warehouse was built from it, so both go.
      progress.stage("sample").accept("the sample in " + landing.toAbsolutePath() + " predates datasets "
          + String.join(", ", missing) + ": writing it and its warehouse anew");
      TreeFiles.deleteRecursively(landing);
      TreeFiles.deleteRecursively(warehouseDir);
    }
    if (!Files.isDirectory(landing)) {
      SampleCommand.write(landing, SampleGenerator.DEFAULT_SEED, 1.0, progress);
    } else {
      progress.stage("sample").accept("reusing " + landing.toAbsolutePath());
    }
    Files.createDirectories(warehouseDir);
    Pipeline pipeline = new Pipeline(new WarehouseLayout(warehouseDir), progress);
    List<Period> periods = new ArrayList<>(Period.months(FIRST_MONTH, LAST_MONTH));
    periods.addAll(PeriodOptions.rollupsOf(periods));
    ReportOptions.Plan plan = new ReportOptions.Plan(
        EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.HTML), Burst.NONE,
        pipeline.defaultReportDir());
    PrintWriter out = terminal.out();
    WholeRun.Found found = WholeRun.execute(pipeline, out, landing, PiiKey.forDemo(), spark.master, periods,
        CheckSettings.defaults(), plan);
    out.println(whatIngestFound(found.ingested()));
    out.println();
    String monthlyPdf = OutputNames.of(Period.month(LAST_MONTH), ReportScope.city(), ReportFormat.PDF);
    out.println("Monthly report (月度报告): " + pipeline.defaultReportDir().resolve(monthlyPdf).toAbsolutePath());
    out.println("Warehouse: " + warehouseDir.toAbsolutePath());
    out.println("Query it:  ./npcwh query -w " + warehouseDir + " \"SELECT * FROM metric_values_labelled"
        + " WHERE period = '" + LAST_MONTH + "' AND scope_type = 'CITY'\"");
    return Verdicts.end(terminal.err(), Rejections.of(found.ingested(), DELIBERATE), Verdicts.of(found.checked()));
  }

  /** What ingest found, in figures from its report, and why the demo does not end with exit 3 for it. */
  static String whatIngestFound(IngestReport report) {
    List<String> rejected = Rejections.rejected(report);
    long setAside = report.withStatus(BatchStatus.INGESTED).stream().mapToLong(BatchOutcome::rowsSetAside).sum();
    String found = "(Ingest rejected " + rejected.size() + " batch(es)"
        + (rejected.isEmpty() ? "" : " (" + String.join(", ", rejected) + ")") + ", set " + setAside
        + " row(s) of new batches aside and left " + report.count(BatchStatus.SKIPPED_NO_MANIFEST)
        + " batch(es) without a manifest alone.";
    String deliberate = rejected.stream().anyMatch(DELIBERATE::contains)
        ? " The sample damages " + String.join(", ", DELIBERATE) + " on purpose, so the demo does not end with exit 3"
            + " for it;"
        : "";
    return found + deliberate + " 'npcwh run' ends with exit 3 when a batch is rejected.)";
  }

  /** The contract datasets without a folder in an existing landing zone (none when it does not exist). */
  private static List<String> missingDatasets(Path landing) {
    if (!Files.isDirectory(landing)) {
      return List.of();
    }
    return Arrays.stream(SourceDataset.values()).map(SourceDataset::datasetName)
        .filter(name -> !Files.isDirectory(landing.resolve(name))).toList();
  }
}
