package org.npcwh.app;

import java.util.concurrent.Callable;
import org.npcwh.warehouse.OutputFormat;
import org.npcwh.warehouse.ReadOnlyQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Run one read-only SQL query on the analysts' warehouse and print the result.",
      "Only queries are accepted (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN); nothing can"
          + " change the warehouse through this command.",
      "Example: npcwh query -w wh \"SELECT * FROM metric_values WHERE period = '2023-06' LIMIT 5\""})
final class QueryCommand implements Callable<Integer>, WarehouseLog.LeavesNoLog {
  @Mixin WarehouseOption warehouse;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
  OutputFormat format = OutputFormat.TABLE;

  @Parameters(index = "0", paramLabel = "SQL", description = "The query.")
  String sql;

  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    terminal.out().print(ReadOnlyQuery.run(warehouse.forReading(), sql).render(format));
    terminal.out().flush();
    return 0;
  }
}
