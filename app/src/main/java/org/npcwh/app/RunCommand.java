package org.npcwh.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.npcwh.checks.CheckSettings;
import org.npcwh.core.period.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run the whole pipeline in one process: [pull,] ingest, transform, check, publish, report.",
      "Ingests the landing zone, computes metric_values for the given periods, refreshes"
          + " <warehouse>/warehouse.duckdb and renders the report of the latest period of each grain."})
final class RunCommand implements Callable<Integer> {
  @Mixin LandingOption landing;

  @Option(names = {"-s", "--source"}, paramLabel = "NAME",
      description = "Pull this upstream database into the landing zone first (see 'npcwh pull').")
  String source;

  @Mixin WarehouseOption warehouse;
  @Mixin PeriodOptions periods;
  @Mixin SparkOptions spark;
  @Mixin ReportOptions reports;
  @Mixin CheckOptions checks;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<Period> wanted = periods.resolve(spec.commandLine());
    Pipeline pipeline = new Pipeline(warehouse.forWriting(), Progress.toStderr());
    ReportOptions.Plan plan = reports.plan(spec.commandLine(), pipeline);
    CheckSettings settings = checks.resolve(spec.commandLine(), warehouse.warehouse);
    if (source != null) {
      System.out.println(PullCommand.pull(source, landing.path, Progress.toStderr()).summary());
    }
    return WholeRun.execute(pipeline, landing.path, PiiKey.fromEnvironment(), spark.master, wanted, settings, plan,
        true);
  }
}
