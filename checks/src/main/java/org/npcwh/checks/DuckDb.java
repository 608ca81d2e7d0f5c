package org.npcwh.checks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Opens the in-memory DuckDB database a check run or a history lookup works in. */
final class DuckDb {
  private static final String IN_MEMORY = "jdbc:duckdb:";

  private DuckDb() {}

  static Connection inMemory() {
    try {
      return DriverManager.getConnection(IN_MEMORY);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot start an in-memory DuckDB database: " + e.getMessage(), e);
    }
  }
}
