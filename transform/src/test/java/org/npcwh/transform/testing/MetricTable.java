package org.npcwh.transform.testing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.period.Period;
import org.npcwh.transform.conform.ConformedModel;
import org.npcwh.transform.current.CurrentState;
import org.npcwh.transform.metrics.MetricValues;

/** metric_values of a fixture, collected once and looked up by (period, metric, scope_code). */
public final class MetricTable {
  private final Map<String, Figure> figures = new HashMap<>();
  private final List<Row> rows;

  /** One figure: value, numerator, denominator (nulls as in metric_values). */
  public record Figure(Double value, Double numerator, Double denominator) {
    public static Figure count(double n) {
      return new Figure(n, n, null);
    }

    public static Figure ratio(double numerator, double denominator) {
      return new Figure(denominator == 0 ? null : numerator / denominator, numerator, denominator);
    }

    public static Figure median(Double value, double count) {
      return new Figure(value, null, count);
    }
  }

  private MetricTable(List<Row> rows) {
    this.rows = rows;
    for (Row r : rows) {
      String key = key(r.getString(0), r.getString(2), r.getString(4));
      Figure previous = figures.put(key, new Figure(doubleOrNull(r, 5), doubleOrNull(r, 6), doubleOrNull(r, 7)));
      if (previous != null) {
        throw new AssertionError("duplicate metric_values row " + key);
      }
    }
  }

  public static MetricTable compute(SparkSession spark, RawFixture fixture, Period... periods) {
    ConformedModel model = ConformedModel.of(CurrentState.of(fixture.build(spark)));
    model = model.with(checkpoint(model.marts()));
    return new MetricTable(MetricValues.compute(spark, model, Arrays.asList(periods)).collectAsList());
  }

  public Figure figure(String period, Metric metric, String scopeCode) {
    Figure f = figures.get(key(period, metric.id(), scopeCode));
    if (f == null) {
      throw new AssertionError("no metric_values row for " + key(period, metric.id(), scopeCode));
    }
    return f;
  }

  /**
   * Asserts the figures of one metric in one period, given as scope_code, {@link Figure} pairs, e.g.
   * {@code expect("2023-01", HOMES_OPEN, "CITY", count(2), "D1", count(1))}.
   */
  public void expect(String period, Metric metric, Object... scopeAndFigure) {
    for (int i = 0; i < scopeAndFigure.length; i += 2) {
      String scope = (String) scopeAndFigure[i];
      org.assertj.core.api.Assertions.assertThat(figure(period, metric, scope))
          .as("%s %s %s", period, metric.id(), scope)
          .isEqualTo(scopeAndFigure[i + 1]);
    }
  }

  public List<Row> rows() {
    return rows;
  }

  private static String key(String period, String metricId, String scopeCode) {
    return period + "|" + metricId + "|" + scopeCode;
  }

  private static Double doubleOrNull(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDouble(i);
  }

  /** Cuts the tables' lineage as the job's writing and reading back does, so that the metric plans stay small. */
  private static Map<String, Dataset<Row>> checkpoint(Map<String, Dataset<Row>> tables) {
    Map<String, Dataset<Row>> cut = new LinkedHashMap<>();
    tables.forEach((name, rows) -> cut.put(name, rows.localCheckpoint()));
    return cut;
  }
}
