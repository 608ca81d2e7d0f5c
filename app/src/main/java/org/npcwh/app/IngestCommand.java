package org.npcwh.app;

import org.npcwh.core.layout.WarehouseLock;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.npcwh.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Ingest every new batch of a landing zone into the warehouse's raw Parquet layer.",
      "Checks each batch's manifest, validates every row against the source contract, sets bad rows aside"
          + " with a reason, pseudonymises residents' personal data (key from NPCWH_PII_KEY) and prints"
          + " the ingest ledger. Batches already ingested are left alone."})
final class IngestCommand implements Callable<Integer> {
  @Mixin LandingOption landing;

  @Mixin WarehouseOption warehouse;

  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    Path landingDir = landing.dir();
    Pipeline pipeline = new Pipeline(warehouse.forWriting(), terminal.progress());
    IngestReport report;
    try (WarehouseLock lock = pipeline.writing("ingest")) {
      report = pipeline.ingest(landingDir, PiiKey.fromEnvironment());
    }
    terminal.out().println(report.summary());
    return Verdicts.end(terminal.err(), Rejections.of(report, Set.of()));
  }
}
