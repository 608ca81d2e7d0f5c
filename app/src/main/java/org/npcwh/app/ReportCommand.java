package org.npcwh.app;

import org.npcwh.core.layout.WarehouseLock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Render the Chinese report (月度/季度/年度报告) of each given period.",
      "Reads the analysts' warehouse (run 'npcwh publish' first); a month gives the monthly report, a"
          + " quarter the quarterly and a year the annual one."})
final class ReportCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin PeriodOptions periods;
  @Mixin ReportOptions reports;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(warehouse.forReading(), Progress.toStderr());
    ReportOptions.Plan plan = reports.plan(spec.commandLine(), pipeline);
    List<Path> files;
    try (WarehouseLock lock = pipeline.writing("report")) {
      files = pipeline.report(periods.resolve(spec.commandLine()), plan);
    }
    files.forEach(f -> System.out.println(f));
    return 0;
  }
}
