package org.npcwh.app;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.npcwh.core.layout.WarehouseLock;
import org.npcwh.core.period.Period;
import org.npcwh.transform.SparkSessions;
import org.npcwh.transform.TransformReport;
import org.npcwh.transform.store.StoreLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "transform", mixinStandardHelpOptions = true,
    description = {"Compute metric_values for the given periods with Spark, from the raw layer.",
      "Rebuilds the current state, the dimensions, facts and the given periods' figures as a new candidate"
          + " (<warehouse>/candidate/); 'npcwh check' then 'npcwh publish' make it visible.",
      "The warehouse may be a local or mounted folder, or a URI of Hadoop's file systems (hdfs://…, s3a://…)"
          + " for Spark on a cluster."})
final class TransformCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin PeriodOptions periods;
  @Mixin SparkOptions spark;
  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    List<Period> wanted = periods.resolve(terminal.commandLine());
    TransformReport report;
    Optional<URI> onHadoop = warehouse.hadoopUri();
    if (onHadoop.isPresent()) {
      try (StoreLock lock = StoreLock.acquire(onHadoop.get(), SparkSessions.hadoopConfiguration(), "npcwh transform")) {
        report = Pipeline.transform(onHadoop.get(), spark.master, wanted, terminal.progress());
      }
    } else {
      Pipeline pipeline = new Pipeline(warehouse.forReading(), terminal.progress());
      try (WarehouseLock lock = pipeline.writing("transform")) {
        report = pipeline.transform(spark.master, wanted);
      }
    }
    terminal.out().println(report.summary());
    return 0;
  }
}
