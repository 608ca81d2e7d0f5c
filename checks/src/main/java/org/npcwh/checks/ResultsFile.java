package org.npcwh.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.table.NamedSql;

/**
 * Writes a run's results to {@code <warehouse>/checks/<run_id>.parquet}: first to a hidden file
 * in the same folder, then one atomic rename, so readers of {@code checks/*.parquet} never see
 * half a run.
 */
final class ResultsFile {
  static final Statements SQL = new Statements("results.sql");

  private ResultsFile() {}

  static Path path(WarehouseLayout layout, String runId) {
    return layout.checks().resolve(runId + ".parquet");
  }

  static Path write(Connection connection, WarehouseLayout layout, String runId, List<CheckResult> results) {
    Path target = path(layout, runId);
    Path temp = layout.checks().resolve("." + runId + ".parquet.tmp");
    try {
      Files.createDirectories(layout.checks());
      SQL.executeScript(connection, "create_results");
      insert(connection, results);
      SQL.execute(connection, "copy_results", Map.of("file", temp.toString()));
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException | SQLException e) {
      throw Errors.unwritable(layout.checks(), e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private static void insert(Connection connection, List<CheckResult> results) throws SQLException {
    NamedSql sql = SQL.sql("insert_result");
    try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
      for (CheckResult r : results) {
        sql.bind(connection, statement, values(r));
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private static Map<String, Object> values(CheckResult r) {
    Map<String, Object> values = new HashMap<>();
    values.put("run_id", r.runId());
    values.put("checked_at", r.checkedAt());
    values.put("period", r.period());
    values.put("check_id", r.checkId());
    values.put("table_name", r.tableName());
    values.put("severity", r.severity().name());
    values.put("outcome", r.outcome().name());
    values.put("observed", r.observed());
    values.put("expected", r.expected());
    values.put("detail", r.detail());
    return values;
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a leftover hidden temp file is skipped by every reader; nothing to do
    }
  }
}
