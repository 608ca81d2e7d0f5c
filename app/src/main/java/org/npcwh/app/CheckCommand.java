package org.npcwh.app;

import java.util.List;
import org.npcwh.core.layout.WarehouseLock;
import org.npcwh.core.period.Period;
import java.util.concurrent.Callable;
import org.npcwh.checks.CheckReport;
import org.npcwh.checks.CheckSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Run the data-quality checks on the figures transform computed for the given periods.",
      "FAIL checks (keys, conservation, completeness, ranges, freshness) stop the period from being"
          + " published; WARN checks are reported. Every result is kept under <warehouse>/checks/ and"
          + " queryable as the check_results view. Exits 4 when a check fails."})
final class CheckCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin PeriodOptions periods;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--max-move", paramLabel = "SHARE",
      description = "WARN when a city figure moves more than this share against the previous period"
          + " (default: ${DEFAULT-VALUE}).")
  double maxMoveShare = CheckSettings.defaults().maxMoveShare();

  @Option(names = "--max-stale-days", paramLabel = "DAYS",
      description = "WARN when a source's newest batch is older than this at the period end"
          + " (default: ${DEFAULT-VALUE}).")
  int maxStaleDays = CheckSettings.defaults().maxStaleDays();

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(warehouse.forReading(), Progress.toStderr());
    List<Period> wanted = periods.resolve(spec.commandLine());
    CheckReport report;
    try (WarehouseLock lock = pipeline.writing("check")) {
      report = pipeline.check(wanted, settings());
    }
    return Verdicts.print(report);
  }

  CheckSettings settings() {
    return new CheckSettings(maxMoveShare, maxStaleDays);
  }
}
