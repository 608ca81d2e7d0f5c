package org.npcwh.app;

import java.util.List;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Publish a new release: the candidate's figures whose checks passed, with its dimensions"
          + " and facts, the ingest ledger and the documented DuckDB views (warehouse.duckdb), in one step.",
      "Open it with a DuckDB client of the same version from inside the warehouse folder, or use"
          + " 'npcwh query'."})
final class PublishCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(warehouse.forReading(), terminal.progress());
    try (WarehouseLock lock = pipeline.writing("publish")) {
      Pipeline.Published published = pipeline.publish(List.of(), null);
      terminal.out().println(published);
      if (!published.released()) {
        throw Errors.checksFailed("Nothing was published", "no period of the candidate passed its newest checks ("
            + published.promoted().held().size() + " held back); the release in force stays as it was",
            "Read the reasons above and checks/<run_id>.md, fix the data or rerun 'npcwh check', then publish again");
      }
      return 0;
    }
  }
}
