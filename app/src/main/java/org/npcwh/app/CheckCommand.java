package org.npcwh.app;

import java.util.List;
import org.npcwh.core.layout.WarehouseLock;
import org.npcwh.core.period.Period;
import java.util.concurrent.Callable;
import org.npcwh.checks.CheckReport;
import org.npcwh.checks.CheckSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Run the data-quality checks on the figures transform computed for the given periods.",
      "FAIL checks (keys, conservation, completeness, ranges, freshness, held references) stop the period from being"
          + " published; WARN checks are reported. Every result is kept under <warehouse>/checks/ and"
          + " queryable as the check_results view. Exits 4 when a check fails, 3 when a period ends before"
          + " the warehouse's first event."})
final class CheckCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin PeriodOptions periods;
  @Mixin CheckOptions checks;
  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(warehouse.forReading(), terminal.progress());
    CheckSettings settings = checks.resolve(terminal.commandLine(), warehouse.dir());
    List<Period> wanted = periods.resolve(terminal.commandLine());
    CheckReport report;
    try (WarehouseLock lock = pipeline.writing("check")) {
      report = pipeline.check(wanted, settings);
    }
    terminal.out().println(report.summary());
    return Verdicts.end(terminal.err(), Verdicts.of(report));
  }
}
