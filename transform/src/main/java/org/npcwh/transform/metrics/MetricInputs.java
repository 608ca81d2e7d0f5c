package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.metric.Metric;
import org.npcwh.transform.conform.ConformedModel;

/**
 * What every metric family reads: the conformed model, the periods ({@link PeriodTable}), their days
 * ({@link PeriodTable#calendar}) and every scope (scope_type, scope_code) a figure can be published for.
 */
public record MetricInputs(ConformedModel model, Dataset<Row> periods, Dataset<Row> calendar, Dataset<Row> scopes) {

  public MetricInputs(ConformedModel model, Dataset<Row> periods, Dataset<Row> scopes) {
    this(model, periods, PeriodTable.calendar(periods), scopes);
  }

  /** Rows falling in P by the given date column (see {@link PeriodTable#within}). */
  Dataset<Row> within(Dataset<Row> rows, String dateColumn) {
    return PeriodTable.within(rows, calendar, dateColumn);
  }

  /** Every (period, scope) a metric is published for, with the period's columns. */
  Dataset<Row> scopesAndPeriods(Metric metric) {
    return scopes
        .filter(col(Scopes.SCOPE_TYPE).isin(metric.scopes().stream().map(Enum::name).toArray()))
        .crossJoin(periods);
  }
}
