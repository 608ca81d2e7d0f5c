package org.npcwh.transform.metrics;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.metric.Family;
import org.npcwh.core.metric.Metric;

/** The figures of one family of the catalogue, for all requested periods at once (a pure function). */
interface MetricFamily {
  Family family();

  /** Figure rows ({@link Figures}) per metric of the family; {@link MetricValues} checks that none is missing. */
  Map<Metric, Dataset<Row>> figures(MetricInputs in);
}
