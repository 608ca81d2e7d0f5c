package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sequence;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.npcwh.core.period.Period;

/**
 * The requested periods as a small Dataset, joined into every metric so that all periods are
 * computed by one Spark job: period (label), grain, p_start, p_end, p_days, p_year (year of P.end).
 */
public final class PeriodTable {
  private PeriodTable() {}

  public static final String PERIOD = "period";
  public static final String GRAIN = "grain";
  public static final String START = "p_start";
  public static final String END = "p_end";
  public static final String DAYS = "p_days";
  public static final String YEAR = "p_year";
  static final String DAY = "p_day";

  static final StructType SCHEMA = new StructType()
      .add(PERIOD, DataTypes.StringType, false)
      .add(GRAIN, DataTypes.StringType, false)
      .add(START, DataTypes.DateType, false)
      .add(END, DataTypes.DateType, false)
      .add(DAYS, DataTypes.LongType, false)
      .add(YEAR, DataTypes.LongType, false);

  public static Dataset<Row> of(SparkSession spark, List<Period> periods) {
    List<Row> rows = periods.stream()
        .distinct()
        .map(p -> RowFactory.create(p.label(), p.grain().name(), p.start(), p.end(), p.days(),
            (long) p.end().getYear()))
        .toList();
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * One row per (day, period) for every day of every period, with the period's columns. "In P" then is
   * an equi-join on the day, which Spark runs as a broadcast hash join whose broadcast is shared by every
   * metric (a range condition would need a nested-loop join and a broadcast of its own each time).
   */
  static Dataset<Row> calendar(Dataset<Row> periods) {
    return periods.withColumn(DAY, explode(sequence(col(START), col(END))));
  }

  /** Rows whose date column lies in P, once per period they fall in, with the period's columns. */
  static Dataset<Row> within(Dataset<Row> rows, Dataset<Row> calendar, String dateColumn) {
    return rows.join(broadcast(calendar), rows.col(dateColumn).equalTo(calendar.col(DAY))).drop(DAY);
  }
}
