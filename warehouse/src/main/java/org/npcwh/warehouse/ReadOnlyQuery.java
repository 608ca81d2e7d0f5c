package org.npcwh.warehouse;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.npcwh.core.error.Errors;
import org.npcwh.core.error.UserException;
import org.npcwh.core.layout.WarehouseConnections;
import org.npcwh.core.layout.WarehouseLayout;

/**
 * Runs one analyst's query on warehouse.duckdb with the guarantee that nothing changes: the query
 * must be a single SELECT-type statement (judged by DuckDB's parser, see {@link StatementGuard}),
 * and it runs on a connection that opens the database read-only and cannot write files
 * ({@link DuckDbConnections#readOnly}).
 */
public final class ReadOnlyQuery {
  private ReadOnlyQuery() {}

  /**
   * @throws UserException if the warehouse has no database yet, the SQL is not exactly one query,
   *     or DuckDB fails to run it
   */
  public static QueryResult run(WarehouseLayout layout, String sql) {
    if (!Files.isRegularFile(layout.duckdb())) {
      throw Errors.warehouseNotPublished(layout.duckdb());
    }
    try (Connection connection = WarehouseConnections.readOnly(layout)) {
      StatementGuard.check(connection, sql);
      try (PreparedStatement statement = connection.prepareStatement(sql);
          ResultSet rs = statement.executeQuery()) {
        return QueryResult.read(rs);
      }
    } catch (SQLException e) {
      throw Errors.queryFailed(e.getMessage(), e);
    }
  }
}
