package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.npcwh.core.metric.Metric;

/**
 * Aggregates scoped rows (period, scope_type, scope_code, …) into figure rows of one metric:
 * period, metric_id, scope_type, scope_code, numerator, denominator, value (all doubles). Only scopes
 * that have rows appear here; {@link MetricValues} completes the grid with zeros and nulls.
 */
final class Figures {
  private Figures() {}

  static final String METRIC_ID = "metric_id";
  static final String NUMERATOR = "numerator";
  static final String DENOMINATOR = "denominator";
  static final String VALUE = "value";
  static final String FLAG = "flag";
  /** The key of a figure within one metric. */
  static final String[] SCOPE_KEYS = {PeriodTable.PERIOD, Scopes.SCOPE_TYPE, Scopes.SCOPE_CODE};

  /** A COUNT-shaped figure: numerator = the aggregate (e.g. {@code count(lit(1))}). */
  static Dataset<Row> count(Metric metric, Dataset<Row> scoped, Column counted) {
    return aggregate(metric, scoped, counted, null, null);
  }

  /** A RATIO-shaped figure; value is computed later from numerator and denominator. */
  static Dataset<Row> ratio(Metric metric, Dataset<Row> scoped, Column numerator, Column denominator) {
    return aggregate(metric, scoped, numerator, denominator, null);
  }

  /** A MEDIAN-shaped figure: Spark's median is the exact percentile 0.5, interpolated between the two middle values; denominator = how many values. */
  static Dataset<Row> median(Metric metric, Dataset<Row> scoped, Column values) {
    return aggregate(metric, scoped, null, functions.count(values), functions.median(values));
  }

  /** How many rows satisfy the condition (a null condition counts as false). */
  static Column countIf(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  /** Figure rows already aggregated elsewhere, with their columns named as here. */
  static Dataset<Row> select(Metric metric, Dataset<Row> aggregated) {
    return aggregated.select(col(PeriodTable.PERIOD), lit(metric.id()).as(METRIC_ID), col(Scopes.SCOPE_TYPE),
        col(Scopes.SCOPE_CODE), col(NUMERATOR).cast("double"), col(DENOMINATOR).cast("double"),
        col(VALUE).cast("double"));
  }

  private static Dataset<Row> aggregate(Metric metric, Dataset<Row> scoped, Column numerator, Column denominator,
      Column value) {
    Dataset<Row> aggregated = scoped
        .groupBy(PeriodTable.PERIOD, Scopes.SCOPE_TYPE, Scopes.SCOPE_CODE)
        .agg(orNull(numerator).as(NUMERATOR), orNull(denominator).as(DENOMINATOR), orNull(value).as(VALUE));
    return select(metric, aggregated);
  }

  private static Column orNull(Column aggregate) {
    return aggregate == null ? lit(null).cast("double") : aggregate.cast("double");
  }

  /** Counts rows. */
  static Column rows() {
    return functions.count(lit(1));
  }

  /**
   * Adds a boolean column {@code flag}: whether the row's (period, key) is among the marked rows'
   * (period, markedKey). Used for "X with at least one Y in P".
   */
  static Dataset<Row> flagged(Dataset<Row> rows, String key, Dataset<Row> marked, String markedKey) {
    Dataset<Row> marks = marked
        .select(col(PeriodTable.PERIOD).as("_m_period"), col(markedKey).as("_m_key"))
        .distinct()
        .withColumn(FLAG, lit(true));
    return rows
        .join(marks, col(PeriodTable.PERIOD).equalTo(col("_m_period")).and(col(key).equalTo(col("_m_key"))), "left")
        .withColumn(FLAG, coalesce(col(FLAG), lit(false)))
        .drop("_m_period", "_m_key");
  }
}
