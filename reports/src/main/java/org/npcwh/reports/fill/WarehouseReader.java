package org.npcwh.reports.fill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseConnections;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.period.Period;

/** Opens the analysts' database read-only and answers the questions the renderer asks before filling. */
public final class WarehouseReader {
  private WarehouseReader() {}

  /**
   * A read-only DuckDB connection on the warehouse's database, resolving the views' relative paths
   * against the warehouse folder.
   *
   * @throws org.npcwh.core.error.UserException if there is no database file
   */
  public static Connection open(WarehouseLayout layout) throws SQLException {
    if (!Files.isRegularFile(layout.duckdb())) {
      throw Errors.warehouseNotPublished(layout.duckdb());
    }
    return WarehouseConnections.readOnly(layout);
  }

  /** How many rows metric_values holds for the period, over all metrics and scopes. */
  public static long figureCount(Connection connection, Period period) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(WarehouseQueries.FIGURES_IN_PERIOD)) {
      statement.setString(1, period.label());
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** The districts or departments with figures in the period, by code, with their names. */
  public static List<ReportScope> scopes(Connection connection, Period period, ScopeType type) throws SQLException {
    List<ReportScope> scopes = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(WarehouseQueries.SCOPES)) {
      statement.setString(1, period.label());
      statement.setString(2, type.name());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          scopes.add(new ReportScope(type, rows.getString("scope_code"), rows.getString("scope_name")));
        }
      }
    }
    return scopes;
  }
}
