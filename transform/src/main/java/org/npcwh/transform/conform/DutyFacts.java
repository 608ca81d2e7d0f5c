package org.npcwh.transform.conform;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.math.BigDecimal;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Dimensions and facts of the deputies' duty registration system (履职登记, 履职积分) and of the
 * professional groups (代表专业小组), from the current state. Pure functions.
 */
public final class DutyFacts {
  private DutyFacts() {}

  private static final String RULE_POINTS = "rule_points";
  private static final String ANNUAL_CAP = "annual_cap";
  private static final String YEAR = "occurred_year";

  /** dim_professional_group, as delivered. */
  public static Dataset<Row> professionalGroup(Dataset<Row> groups) {
    return groups.select("group_code", "name", "field", "formed_on", "dissolved_on");
  }

  /** dim_duty_point_rule, as delivered. */
  public static Dataset<Row> dutyPointRule(Dataset<Row> rules) {
    return rules.select("duty_type", "points", ANNUAL_CAP, "name_zh");
  }

  /**
   * fct_duty_record: each record with its deputy's district and the points it earns. Within one
   * (deputy, duty type, calendar year), in order of (occurred_on, record_id), a record earns
   * min(points, cap − earned before), never below 0. Rule points are never negative (ingest sets such a
   * rule aside), so the points earned through a record are min(cap, raw points through it), and a
   * record earns the difference of that running figure with and without itself: one window, no loop.
   * A record without a date or a rule earns 0 and uses up nothing.
   */
  public static Dataset<Row> dutyRecord(Dataset<Row> records, Dataset<Row> dimDutyPointRule, Dataset<Row> dimDeputy) {
    Dataset<Row> rules = dimDutyPointRule.select(col("duty_type").as("_r_type"), col("points").as(RULE_POINTS),
        col(ANNUAL_CAP));
    Dataset<Row> deputies = dimDeputy.select(col("deputy_id").as("_d_id"), col("district_code"));
    Column earning = when(col("occurred_on").isNotNull(), coalesce(col(RULE_POINTS), lit(BigDecimal.ZERO)))
        .otherwise(lit(BigDecimal.ZERO));
    WindowSpec yearSoFar = Window.partitionBy("deputy_id", "duty_type", YEAR).orderBy("occurred_on", "record_id")
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Column through = sum(col("_earning")).over(yearSoFar);
    Column points = greatest(capped(through).minus(capped(through.minus(col("_earning")))), lit(BigDecimal.ZERO));
    return records
        .join(broadcast(rules), records.col("duty_type").equalTo(rules.col("_r_type")), "left")
        .join(broadcast(deputies), records.col("deputy_id").equalTo(deputies.col("_d_id")), "left")
        .withColumn(YEAR, year(col("occurred_on")).cast("long"))
        .withColumn("_earning", earning)
        .select(col("record_id"), col("deputy_id"), col("district_code"), col("duty_type"), col("occurred_on"),
            col(YEAR), col("hours"), col("source_ref"), col(RULE_POINTS), col(ANNUAL_CAP),
            points.cast(DataTypes.createDecimalType(18, 4)).as("points"), col("updated_at"));
  }

  private static Column capped(Column earned) {
    return when(col(ANNUAL_CAP).isNull(), earned).otherwise(least(earned, col(ANNUAL_CAP)));
  }

  /** fct_group_output, as delivered. */
  public static Dataset<Row> groupOutput(Dataset<Row> outputs) {
    return outputs.select("output_id", "group_code", "output_type", "suggestion_id", "delivered_on", "updated_at");
  }
}
