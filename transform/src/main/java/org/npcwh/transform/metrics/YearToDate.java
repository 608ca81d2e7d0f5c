package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.sequence;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * "In the YTD of P": the date lies in [January 1 of P.end's year, P.end] (a YEAR period is its own
 * year to date). Built like {@link PeriodTable#calendar}, one row per (day, period), so that it is an
 * equi-join on the day as "in P" is.
 */
final class YearToDate {
  private YearToDate() {}

  /** Rows whose date column lies in the YTD of P, once per period, with the period's columns. */
  static Dataset<Row> within(MetricInputs in, Dataset<Row> rows, String dateColumn) {
    Dataset<Row> days = in.periods().withColumn(PeriodTable.DAY,
        explode(sequence(make_date(col(PeriodTable.YEAR).cast("int"), lit(1), lit(1)), col(PeriodTable.END))));
    return rows.join(broadcast(days), rows.col(dateColumn).equalTo(days.col(PeriodTable.DAY))).drop(PeriodTable.DAY);
  }
}
