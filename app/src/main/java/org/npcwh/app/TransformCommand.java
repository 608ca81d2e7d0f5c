package org.npcwh.app;

import java.util.List;
import org.npcwh.core.layout.WarehouseLock;
import org.npcwh.core.period.Period;
import java.util.concurrent.Callable;
import org.npcwh.transform.TransformReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "transform", mixinStandardHelpOptions = true,
    description = {"Compute metric_values for the given periods with Spark, from the raw layer.",
      "Rebuilds the current state, the dimensions, facts and the given periods' figures as a new candidate"
          + " (<warehouse>/candidate/); 'npcwh check' then 'npcwh publish' make it visible."})
final class TransformCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin PeriodOptions periods;
  @Mixin SparkOptions spark;
  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(warehouse.forReading(), terminal.progress());
    List<Period> wanted = periods.resolve(terminal.commandLine());
    TransformReport report;
    try (WarehouseLock lock = pipeline.writing("transform")) {
      report = pipeline.transform(spark.master, wanted);
    }
    terminal.out().println(report.summary());
    return 0;
  }
}
