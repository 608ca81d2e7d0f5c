package org.npcwh.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.npcwh.checks.CheckSettings;
import org.npcwh.core.period.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run the whole pipeline in one process: [pull,] ingest, transform, check, publish, report.",
      "Ingests the landing zone, computes metric_values for the given periods, refreshes"
          + " <warehouse>/warehouse.duckdb and renders the report of the latest period of each grain."})
final class RunCommand implements Callable<Integer> {
  @Mixin LandingOption landing;

  @Option(names = {"-s", "--source"}, paramLabel = "NAME",
      description = "Pull this upstream database into the landing zone first (see 'npcwh pull').")
  String source;

  @Mixin SourcesOption sources;
  @Mixin WarehouseOption warehouse;
  @Mixin PeriodOptions periods;
  @Mixin SparkOptions spark;
  @Mixin ReportOptions reports;
  @Mixin CheckOptions checks;
  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    List<Period> wanted = periods.resolve(terminal.commandLine());
    Path landingDir = landing.dir();
    Pipeline pipeline = new Pipeline(warehouse.forWriting(), terminal.progress());
    ReportOptions.Plan plan = reports.plan(pipeline);
    CheckSettings settings = checks.resolve(terminal.commandLine(), warehouse.dir());
    if (source != null) {
      terminal.out().println(PullCommand.pull(source, sources.dir, landingDir, terminal.progress()).summary());
    }
    WholeRun.Found found = WholeRun.execute(pipeline, terminal.out(), landingDir, PiiKey.fromEnvironment(),
        spark.master, wanted, settings, plan);
    return Verdicts.end(terminal.err(), Rejections.of(found.ingested(), Set.of()), Verdicts.of(found.checked()));
  }
}
