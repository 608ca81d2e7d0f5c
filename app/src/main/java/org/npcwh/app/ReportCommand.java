package org.npcwh.app;

import org.npcwh.core.layout.WarehouseLock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Render the Chinese report (月度/季度/年度报告) of each given period.",
      "Reads the analysts' warehouse (run 'npcwh publish' first); a month gives the monthly report, a"
          + " quarter the quarterly and a year the annual one."})
final class ReportCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin PeriodOptions periods;
  @Mixin ReportOptions reports;
  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(warehouse.forReading(), terminal.progress());
    ReportOptions.Plan plan = reports.plan(pipeline);
    List<Path> files;
    try (WarehouseLock lock = pipeline.writing("report")) {
      files = pipeline.report(periods.resolve(terminal.commandLine()), plan);
    }
    files.forEach(terminal.out()::println);
    return 0;
  }
}
