package org.npcwh.checks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a check's finding query and turns what it returns into result rows: one PASS row when it
 * finds nothing, otherwise one row per finding (the first {@value #MAX_FINDINGS_KEPT}, then one row
 * that counts them all, so a broken table does not bury the results under thousands of rows).
 */
final class CheckEvaluator {
  static final int MAX_FINDINGS_KEPT = 20;
  private static final String PASSED = "no finding";

  /** One row of a finding query. */
  record Finding(Double observed, String detail) {}

  private final Connection connection;
  private final RunStamp stamp;

  CheckEvaluator(Connection connection, RunStamp stamp) {
    this.connection = connection;
    this.stamp = stamp;
  }

  List<Finding> findings(CheckDefinition check, Map<String, ?> values) {
    try (PreparedStatement statement = check.query().prepare(connection, values);
        ResultSet rows = statement.executeQuery()) {
      List<Finding> out = new ArrayList<>();
      while (rows.next()) {
        double observed = rows.getDouble("observed");
        out.add(new Finding(rows.wasNull() ? null : observed, rows.getString("detail")));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("check " + check.qualifiedId() + " could not run: " + e.getMessage(), e);
    }
  }

  List<CheckResult> results(String period, CheckDefinition check, String expected, List<Finding> findings) {
    if (findings.isEmpty()) {
      return List.of(result(period, check, Outcome.PASS, expected, new Finding(null, PASSED)));
    }
    Outcome outcome = check.severity() == Severity.FAIL ? Outcome.FAIL : Outcome.WARN;
    List<CheckResult> out = new ArrayList<>();
    findings.stream().limit(MAX_FINDINGS_KEPT).forEach(f -> out.add(result(period, check, outcome, expected, f)));
    if (findings.size() > MAX_FINDINGS_KEPT) {
      out.add(result(period, check, outcome, expected, new Finding((double) findings.size(),
          findings.size() + " findings in all; the first " + MAX_FINDINGS_KEPT + " are listed")));
    }
    return out;
  }

  private CheckResult result(String period, CheckDefinition check, Outcome outcome, String expected, Finding f) {
    return new CheckResult(stamp.runId(), stamp.checkedAt(), period, check.id(), check.table(), check.severity(),
        outcome, f.observed(), expected, f.detail());
  }
}
