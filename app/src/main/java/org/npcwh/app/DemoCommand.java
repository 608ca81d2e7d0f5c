package org.npcwh.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.npcwh.checks.CheckSettings;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.reports.Burst;
import org.npcwh.reports.ReportFormat;
import org.npcwh.reports.export.OutputNames;
import org.npcwh.reports.fill.ReportScope;
import org.npcwh.samples.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"The whole pipeline on the bundled calibrated sample (README command 1).",
      "Writes the sample landing zone under DIR/landing (once), then runs ingest, transform (every month"
          + " from 2022-01 to 2023-06, with their complete quarters and years), publish and the reports of 2023-06 into"
          + " DIR/warehouse. Uses a public demo key for pseudonyms unless NPCWH_PII_KEY is set."})
final class DemoCommand implements Callable<Integer> {
  static final YearMonth FIRST_MONTH = YearMonth.of(2022, 1);
  static final YearMonth LAST_MONTH = YearMonth.of(2023, 6);

  @Option(names = {"-d", "--dir"}, paramLabel = "DIR", description = "Work folder (default: ${DEFAULT-VALUE}).")
  Path dir = Path.of("work", "demo");

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Override
  public Integer call() throws Exception {
    Progress progress = Progress.toStderr();
    Path landing = dir.resolve("landing");
    if (!Files.isDirectory(landing)) {
      SampleCommand.write(landing, SampleGenerator.DEFAULT_SEED, 1.0, progress);
    } else {
      progress.stage("sample").accept("reusing " + landing.toAbsolutePath());
    }
    Path warehouseDir = dir.resolve("warehouse");
    Files.createDirectories(warehouseDir);
    Pipeline pipeline = new Pipeline(new WarehouseLayout(warehouseDir), progress);
    List<Period> periods = new ArrayList<>(Period.months(FIRST_MONTH, LAST_MONTH));
    periods.addAll(PeriodOptions.rollupsOf(periods));
    ReportOptions.Plan plan = new ReportOptions.Plan(
        EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.HTML), Burst.NONE,
        pipeline.defaultReportDir());
    int exit = WholeRun.execute(pipeline, landing, PiiKey.forDemo(), master, periods, CheckSettings.defaults(),
        plan, false);
    System.out.println("(The sample holds one deliberately damaged batch, rejected above, and one batch still"
        + " without a manifest: 'npcwh run' on real data ends with exit 3 when a batch is rejected.)");
    System.out.println();
    String monthlyPdf = OutputNames.of(Period.month(LAST_MONTH), ReportScope.city(), ReportFormat.PDF);
    System.out.println("Monthly report (月度报告): " + pipeline.defaultReportDir().resolve(monthlyPdf).toAbsolutePath());
    System.out.println("Warehouse: " + warehouseDir.toAbsolutePath());
    System.out.println("Query it:  ./npcwh query -w " + warehouseDir + " \"SELECT * FROM metric_values_labelled"
        + " WHERE period = '" + LAST_MONTH + "' AND scope_type = 'CITY'\"");
    return exit;
  }
}
