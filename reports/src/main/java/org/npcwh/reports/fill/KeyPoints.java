package org.npcwh.reports.fill;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.period.Period;

/**
 * Writes the 要点 (key points) page of a report: the rules of {@code reports/keypoints.sql} select
 * metric_values rows, {@link KeyPointWording} turns them into sentences. A rule whose metrics the
 * warehouse does not have, or whose values are null, says nothing.
 */
public final class KeyPoints {
  private static final NamedQueries RULES = NamedQueries.load("/reports/keypoints.sql", "rule");

  private KeyPoints() {}

  /** The sentences for the report of {@code period} at {@code scope}, in reading order. */
  public static List<KeyPoint> of(Connection connection, Period period, ReportScope scope, MetricLabels labels)
      throws SQLException {
    Map<String, Object> values = new HashMap<>();
    values.put("period", period.label());
    values.put("scope_type", scope.type().name());
    values.put("scope_code", scope.code());
    boolean department = scope.type() == ScopeType.DEPARTMENT;
    values.put("department_rows", scope.type() == ScopeType.CITY || department);
    values.put("only_department", department ? scope.code() : null);

    KeyPointWording wording = new KeyPointWording(labels);
    List<KeyPoint> points = new ArrayList<>();
    moves(connection, values, period.previous(), PeriodText.previousZh(period.grain()), wording, points);
    if (!period.sameLastYear().equals(period.previous())) {
      moves(connection, values, period.sameLastYear(), PeriodText.lastYearZh(period.grain()), wording, points);
    }
    RULES.each(connection, "behind", values, row -> points.add(wording.behind(
        row(row, "value", period.label(), "DEPARTMENT", row.getString("department_code")),
        row.getString("department_name"), row(row, "city_value", period.label(), "CITY", ScopeType.CITY_CODE),
        department)));
    RULES.each(connection, "backlog", values, row -> {
      String code = row.getString("department_code");
      points.add(wording.backlog(row(row, "value", period.label(), scope.type().name(), scope.code()),
          row.getString("department_name"),
          code == null ? null : row(row, "department_value", period.label(), "DEPARTMENT", code)));
    });
    points.add(warnings(connection, values));
    return points;
  }

  private static void moves(Connection connection, Map<String, Object> values, Period compared, String comparedZh,
      KeyPointWording wording, List<KeyPoint> points) throws SQLException {
    values.put("compared", compared.label());
    List<KeyPointWording.Move> moves = new ArrayList<>();
    boolean[] comparable = {false};
    RULES.each(connection, "moves", values, row -> {
      comparable[0] = true;
      if (row.getBoolean("notable")) {
        String metric = row.getString("metric_id");
        moves.add(new KeyPointWording.Move(
            new KeyPointWording.Row(row.getString("period"), metric, (String) values.get("scope_type"),
                (String) values.get("scope_code"), row.getDouble("value")),
            new KeyPointWording.Row(row.getString("compared_period"), metric, (String) values.get("scope_type"),
                (String) values.get("scope_code"), row.getDouble("compared_value"))));
      }
    });
    if (comparable[0]) {
      points.add(wording.moves(comparedZh, moves));
    }
  }

  private static KeyPoint warnings(Connection connection, Map<String, Object> values) throws SQLException {
    List<String> labels = new ArrayList<>();
    boolean[] checked = {false};
    RULES.each(connection, "warnings", values, row -> {
      checked[0] = true;
      String check = row.getString("check_id");
      if (check != null) {
        String label = CheckLabels.label(row.getString("table_name"), check);
        if (!labels.contains(label)) {
          labels.add(label);
        }
      }
    });
    return KeyPointWording.warnings(checked[0], labels);
  }

  private static KeyPointWording.Row row(ResultSet row, String column, String period, String scopeType,
      String scopeCode) throws SQLException {
    return new KeyPointWording.Row(period, row.getString("metric_id"), scopeType, scopeCode,
        row.getDouble(column));
  }
}
