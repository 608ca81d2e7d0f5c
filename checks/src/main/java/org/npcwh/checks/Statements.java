package org.npcwh.checks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.npcwh.core.table.NamedSql;
import org.npcwh.core.table.SqlSections;

/** The named statements of one SQL resource ({@code -- statement: name} sections). */
final class Statements {
  private final String resource;
  private final Map<String, String> byName;

  Statements(String resource) {
    this.resource = resource;
    List<SqlSections.Section> sections = SqlSections.read(Statements.class, resource, "statement");
    this.byName = sections.stream()
        .collect(Collectors.toMap(s -> s.header("statement"), SqlSections.Section::sql));
  }

  /** The raw text of a statement (for templates that still need identifiers filled in). */
  String text(String name) {
    String sql = byName.get(name);
    if (sql == null) {
      throw new IllegalStateException(resource + " has no statement '" + name + "'");
    }
    return sql;
  }

  NamedSql sql(String name) {
    return NamedSql.parse(text(name));
  }

  /** Runs a statement that returns no rows. */
  void execute(Connection connection, String name, Map<String, ?> values) throws SQLException {
    execute(connection, sql(name), values);
  }

  static void execute(Connection connection, NamedSql sql, Map<String, ?> values) throws SQLException {
    try (PreparedStatement statement = sql.prepare(connection, values)) {
      statement.execute();
    }
  }

  /** Runs a statement without parameters that may hold several SQL statements. */
  void executeScript(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(text(name));
    }
  }

  /** Maps each row of a query's result. */
  <T> List<T> query(Connection connection, String name, Map<String, ?> values, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement statement = sql(name).prepare(connection, values);
        ResultSet rows = statement.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rows.next()) {
        out.add(mapper.map(rows));
      }
      return out;
    }
  }

  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }
}
