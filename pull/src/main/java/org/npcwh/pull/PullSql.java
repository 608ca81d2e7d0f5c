package org.npcwh.pull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where the pull's SQL is written. Only identifiers are put into the text: table
 * names checked against {@code [schema.]name}, column names as the database itself reported them,
 * quoted with its own quote character; the operator's query is used as a sub-select. Values (the
 * watermark) are always bound as parameters.
 */
final class PullSql {
  private static final String PROBE = "SELECT * FROM %s WHERE 1 = 0";
  private static final String SELECT = "SELECT %s FROM %s";
  private static final String WINDOW = " WHERE %s > ?";
  private static final String ORDER = " ORDER BY %s";

  private final String quote;

  /** @param quote the database's identifier quote ({@code DatabaseMetaData.getIdentifierQuoteString()}) */
  PullSql(String quote) {
    this.quote = quote == null || quote.isBlank() ? "\"" : quote.strip();
  }

  /** The relation a dataset reads: its table, or its query as a sub-select named {@code src}. */
  static String relation(DatasetDefinition dataset) {
    return dataset.table() != null ? dataset.table() + " src" : "(" + dataset.query() + ") src";
  }

  /** A query returning no rows, for the relation's column names and types. */
  String probe(DatasetDefinition dataset) {
    return String.format(PROBE, relation(dataset));
  }

  /**
   * @param columns the columns to read, as the probe reported them
   * @param windowColumn the column compared with the bound lower bound, or null to read everything
   * @param orderColumns the columns the rows are sorted by (stable files, ascending watermark)
   */
  String select(DatasetDefinition dataset, List<String> columns, String windowColumn, List<String> orderColumns) {
    String sql = String.format(SELECT, quoted(columns), relation(dataset));
    if (windowColumn != null) {
      sql += String.format(WINDOW, quoted(windowColumn));
    }
    return orderColumns.isEmpty() ? sql : sql + String.format(ORDER, quoted(orderColumns));
  }

  String quoted(String identifier) {
    return quote + identifier.replace(quote, quote + quote) + quote;
  }

  private String quoted(List<String> identifiers) {
    return identifiers.stream().map(this::quoted).collect(Collectors.joining(", "));
  }
}
