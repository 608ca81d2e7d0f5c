package org.npcwh.app;

import java.util.Locale;
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
final class QueryCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
  String format = "table";

  @Parameters(index = "0", paramLabel = "SQL", description = "The query.")
  String sql;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    OutputFormat output;
    try {
      output = OutputFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "'" + format + "' is not a value of --format: use table, csv or json");
    }
    System.out.print(ReadOnlyQuery.run(warehouse.forReading(), sql).render(output));
    System.out.flush();
    return 0;
  }
}
