package org.npcwh.app;

import java.util.concurrent.Callable;
import org.npcwh.checks.CheckReport;
import org.npcwh.checks.CheckSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Run the data-quality checks on the figures transform computed for the given periods.",
      "FAIL checks (keys, conservation, completeness, ranges, freshness, held references) stop the period from being"
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

  @Option(names = "--max-held-share", paramLabel = "SHARE",
      description = "FAIL when more than this share of a dataset's records wait for a key that has not"
          + " arrived (any such record WARNs; default: ${DEFAULT-VALUE}).")
  double maxHeldShare = CheckSettings.defaults().maxHeldShare();

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(warehouse.forReading(), Progress.toStderr());
    CheckReport report = pipeline.check(periods.resolve(spec.commandLine()), settings());
    return Verdicts.print(report);
  }

  CheckSettings settings() {
    return new CheckSettings(maxMoveShare, maxStaleDays, maxHeldShare);
  }
}
