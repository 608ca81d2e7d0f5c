package org.npcwh.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Refresh <warehouse>/warehouse.duckdb: documented DuckDB views over the warehouse.",
      "Open it with a DuckDB client of the same version from inside the warehouse folder, or use"
          + " 'npcwh query'."})
final class PublishCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;

  @Override
  public Integer call() {
    Pipeline pipeline = new Pipeline(warehouse.forReading(), Progress.toStderr());
    System.out.println(pipeline.publish());
    return 0;
  }
}
