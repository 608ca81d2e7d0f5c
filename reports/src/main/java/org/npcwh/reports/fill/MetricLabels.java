package org.npcwh.reports.fill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.npcwh.core.metric.Unit;

/** Names and units of the metrics as the warehouse's {@code metric_catalog} view has them. */
public final class MetricLabels {

  /** One catalogue row as the report needs it. */
  public record Label(String nameZh, Unit unit) {}

  private final Map<String, Label> byId;

  MetricLabels(Map<String, Label> byId) {
    this.byId = Map.copyOf(byId);
  }

  /** Reads the catalogue; an empty map when the view holds no rows. */
  public static MetricLabels load(Connection connection) throws SQLException {
    Map<String, Label> labels = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(WarehouseQueries.METRIC_CATALOG);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        labels.put(rows.getString("metric_id"),
            new Label(rows.getString("name_zh"), Unit.valueOf(rows.getString("unit"))));
      }
    }
    return new MetricLabels(labels);
  }

  public boolean isEmpty() {
    return byId.isEmpty();
  }

  /** Whether the catalogue has the metric. */
  public boolean has(String metricId) {
    return byId.containsKey(metricId);
  }

  /**
   * The catalogue row of a metric.
   *
   * @throws IllegalArgumentException if the catalogue does not know the metric
   */
  public Label get(String metricId) {
    Label label = byId.get(metricId);
    if (label == null) {
      throw new IllegalArgumentException("metric_catalog has no metric '" + metricId + "'");
    }
    return label;
  }
}
