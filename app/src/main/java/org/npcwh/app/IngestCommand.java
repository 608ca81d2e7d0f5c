package org.npcwh.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.npcwh.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Ingest every new batch of a landing zone into the warehouse's raw Parquet layer.",
      "Checks each batch's manifest, validates every row against the source contract, sets bad rows aside"
          + " with a reason, pseudonymises residents' personal data (key from NPCWH_PII_KEY) and prints"
          + " the ingest ledger. Batches already ingested are left alone."})
final class IngestCommand implements Callable<Integer> {
  @Option(names = {"-l", "--landing"}, required = true, paramLabel = "DIR",
      description = "The landing zone: <landing>/<dataset>/<batch_id>/ with a _manifest.json each.")
  Path landing;

  @Mixin WarehouseOption warehouse;

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(warehouse.forWriting(), Progress.toStderr());
    IngestReport report = pipeline.ingest(landing, PiiKey.fromEnvironment());
    System.out.println(report.summary());
    return 0;
  }
}
