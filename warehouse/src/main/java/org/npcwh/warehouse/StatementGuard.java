package org.npcwh.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npcwh.core.error.Errors;
import org.npcwh.core.table.SqlText;

/**
 * Lets through exactly one read-only query, judged by DuckDB's own parser before anything is
 * prepared (DuckDB's JDBC driver runs every statement but the last while preparing a multi-statement
 * string, so the check must come first). See {@code sql/statement_check.sql}.
 */
final class StatementGuard {
  /** EXPLAIN is not serialisable itself; what it explains (or, with ANALYZE, runs) is checked instead. */
  private static final Pattern EXPLAIN = Pattern.compile("(?is)\\s*EXPLAIN(?:\\s+ANALY[SZ]E)?\\s+(.*)");
  private static final String NOT_SERIALISABLE = "Only SELECT statements can be serialized";

  private StatementGuard() {}

  static void check(Connection connection, String sql) throws SQLException {
    if (sql == null || sql.isBlank()) {
      throw Errors.queryRefused("it is empty");
    }
    Matcher explain = EXPLAIN.matcher(sql);
    String judged = explain.matches() ? explain.group(1) : sql;
    try (PreparedStatement check = connection.prepareStatement(SqlText.resource(StatementGuard.class, "sql/statement_check.sql"))) {
      check.setString(1, judged);
      try (ResultSet rs = check.executeQuery()) {
        rs.next();
        judge(rs);
      }
    }
  }

  private static void judge(ResultSet rs) throws SQLException {
    if (rs.getBoolean("not_serialisable")) {
      String message = rs.getString("error_message");
      if (message != null && message.contains(NOT_SERIALISABLE)) {
        throw Errors.queryRefused("it is not a query (it would write, change a setting, or run a PRAGMA or CALL)");
      }
      throw Errors.queryFailed(rs.getString("error_type") + " error: " + message, null);
    }
    long statements = rs.getLong("statement_count");
    if (statements != 1) {
      throw Errors.queryRefused("it holds " + statements + " statements");
    }
    String forbidden = rs.getString("forbidden_table_functions");
    if (forbidden != null) {
      throw Errors.queryRefused("it calls the table function " + forbidden
          + ", which can change settings or files or run other SQL");
    }
  }
}
