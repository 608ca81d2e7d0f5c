package org.npcwh.app;

import java.util.concurrent.Callable;
import org.npcwh.transform.TransformReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "transform", mixinStandardHelpOptions = true,
    description = {"Compute metric_values for the given periods with Spark, from the raw layer.",
      "Rebuilds the current state, the dimensions and facts, then replaces exactly the given periods in"
          + " <warehouse>/marts/metric_values/."})
final class TransformCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin PeriodOptions periods;
  @Mixin SparkOptions spark;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(warehouse.forReading(), Progress.toStderr());
    TransformReport report = pipeline.transform(spark.master, periods.resolve(spec.commandLine()));
    System.out.println(report.summary());
    return 0;
  }
}
