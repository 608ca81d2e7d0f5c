package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Deputies serving at the end of each period, shared by the coverage and duty families. */
final class Deputies {
  private Deputies() {}

  /** Serving at P.end: term_start <= P.end and (term_end null or term_end >= P.end); one row per period. */
  static Dataset<Row> servingAtEnd(MetricInputs in) {
    return in.model().table("dim_deputy").join(in.periods(),
        col("term_start").leq(col(PeriodTable.END))
            .and(col("term_end").isNull().or(col("term_end").geq(col(PeriodTable.END)))));
  }
}
