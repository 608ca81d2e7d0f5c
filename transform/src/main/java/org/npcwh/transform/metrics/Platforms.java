package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Platform states at the end of each period, shared by the coverage and legislative families. */
final class Platforms {
  private Platforms() {}

  /** Open at P.end: opened_on <= P.end and (closed_on null or closed_on > P.end); one row per period. */
  static Dataset<Row> openAtEnd(MetricInputs in) {
    return in.model().table("dim_platform").join(in.periods(),
        col("opened_on").leq(col(PeriodTable.END))
            .and(col("closed_on").isNull().or(col("closed_on").gt(col(PeriodTable.END)))));
  }

  /** Legislative contact points open at P.end: also is_legislative_point and legislative_since <= P.end. */
  static Dataset<Row> legislativePointsOpenAtEnd(MetricInputs in) {
    return openAtEnd(in).filter(col("is_legislative_point")
        .and(col("legislative_since").leq(col(PeriodTable.END))));
  }
}
