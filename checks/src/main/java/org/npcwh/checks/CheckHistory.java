package org.npcwh.checks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.core.table.Tables;

/**
 * Reads the kept results of past check runs ({@code <warehouse>/checks/*.parquet}) through the view
 * {@code check_results_latest} of its home {@code tables/check_results_latest/}, the same the analysts
 * query: what {@link Promotion} decides on, and what the reports' data-quality appendix lists.
 */
public final class CheckHistory {
  private static final String LATEST = "check_results_latest";
  private final WarehouseLayout layout;

  public CheckHistory(WarehouseLayout layout) {
    this.layout = layout;
  }

  /** Every result for {@code period} of the newest run that checked it; empty if it was never checked. */
  public List<CheckResult> latestResults(Period period) {
    try (Connection connection = DuckDb.inMemory()) {
      // The view analysts query, from its home: "the newest run" has one definition.
      CandidateViews.create(connection, layout, List.of(Tables.get("check_results"), Tables.get(LATEST)));
      return ResultsFile.SQL.query(connection, "results_of_period", Map.of("period", period.label()),
          CheckHistory::result);
    } catch (SQLException e) {
      throw Errors.unreadable(layout.checks(), e);
    }
  }

  /** The WARN findings of the newest run that checked {@code period}: the data-quality appendix of its report. */
  public List<CheckResult> latestWarnings(Period period) {
    return latestResults(period).stream().filter(CheckResult::warned).toList();
  }

  private static CheckResult result(ResultSet row) throws SQLException {
    double observed = row.getDouble("observed");
    Double observedOrNull = row.wasNull() ? null : observed;
    return new CheckResult(row.getString("run_id"), row.getObject("checked_at", LocalDateTime.class),
        row.getString("period"), row.getString("check_id"), row.getString("table_name"),
        Severity.valueOf(row.getString("severity")), Outcome.valueOf(row.getString("outcome")), observedOrNull,
        row.getString("expected"), row.getString("detail"));
  }
}
