package org.npcwh.warehouse;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a query, held in memory, with Java values: String, Long/Integer/BigDecimal/Double,
 * Boolean, LocalDate, LocalDateTime, List (for DuckDB lists); other types as their text.
 */
public final class QueryResult {
  private final List<String> columns;
  private final List<List<Object>> rows;

  QueryResult(List<String> columns, List<List<Object>> rows) {
    this.columns = List.copyOf(columns);
    this.rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  static QueryResult read(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnLabel(i));
    }
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>(columns.size());
      for (int i = 1; i <= columns.size(); i++) {
        row.add(javaValue(rs.getObject(i)));
      }
      rows.add(row);
    }
    return new QueryResult(columns, rows);
  }

  public List<String> columns() {
    return columns;
  }

  /** The rows; a null cell is a SQL NULL. */
  public List<List<Object>> rows() {
    return rows;
  }

  public String render(OutputFormat format) {
    return switch (format) {
      case TABLE -> TableRenderer.render(this);
      case CSV -> CsvRenderer.render(this);
      case JSON -> JsonRenderer.render(this);
    };
  }

  private static Object javaValue(Object value) throws SQLException {
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof Array array) {
      List<Object> items = new ArrayList<>();
      for (Object item : (Object[]) array.getArray()) {
        items.add(javaValue(item));
      }
      return Collections.unmodifiableList(items);
    }
    return value;
  }
}
