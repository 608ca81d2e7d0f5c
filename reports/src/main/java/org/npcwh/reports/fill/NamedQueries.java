package org.npcwh.reports.fill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.npcwh.core.table.NamedSql;
import org.npcwh.core.table.SqlSections;

/**
 * A SQL resource of named sections ({@code -- <key>: name}) with {@code :name} parameters, run section by
 * section, row by row: the key points' rules and the deputy files' facts are read this way.
 */
public final class NamedQueries {
  /** What a caller does with each row a section selects. */
  public interface RowAction {
    void accept(ResultSet row) throws SQLException;
  }

  private final Map<String, NamedSql> sections;

  private NamedQueries(Map<String, NamedSql> sections) {
    this.sections = Map.copyOf(sections);
  }

  /** The sections of {@code resource}, each started by a {@code -- <startKey>: name} line. */
  public static NamedQueries load(String resource, String startKey) {
    Map<String, NamedSql> sections = new HashMap<>();
    for (SqlSections.Section section : SqlSections.read(NamedQueries.class, resource, startKey)) {
      sections.put(section.header(startKey), NamedSql.parse(section.sql()));
    }
    return new NamedQueries(sections);
  }

  /** Runs the section {@code name} with {@code values} bound and hands each row to {@code action}. */
  public void each(Connection connection, String name, Map<String, ?> values, RowAction action)
      throws SQLException {
    try (PreparedStatement statement = sections.get(name).prepare(connection, values);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        action.accept(rows);
      }
    }
  }
}
