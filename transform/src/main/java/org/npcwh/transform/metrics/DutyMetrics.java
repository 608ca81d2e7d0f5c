package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.npcwh.core.metric.Metric.DEPUTIES_WITHOUT_DUTY;
import static org.npcwh.core.metric.Metric.DUTY_POINTS_AVG;
import static org.npcwh.core.metric.Metric.GROUPS_MEETING_DUTY_RATE;
import static org.npcwh.core.metric.Metric.GROUP_RESEARCH_REPORTS;
import static org.npcwh.core.metric.Metric.RECEPTION_MINIMUM_RATE;
import static org.npcwh.transform.metrics.Figures.countIf;
import static org.npcwh.transform.metrics.Figures.rows;

import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.metric.Family;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;

/**
 * Deputies' duty (履职): duty points and records of the deputies serving at P.end (district: the
 * deputy's), and what the professional groups delivered. A record's points come from fct_duty_record,
 * computed once under the yearly cap, so they never depend on P.
 */
final class DutyMetrics implements MetricFamily {
  private static final Map<ScopeType, String> BY_DISTRICT = Map.of(ScopeType.DISTRICT, "district_code");
  private static final long RECEPTION_MINIMUM = 4;

  @Override
  public Family family() {
    return Family.DUTY;
  }

  @Override
  public Map<Metric, Dataset<Row>> figures(MetricInputs in) {
    Dataset<Row> serving = Deputies.servingAtEnd(in);
    Dataset<Row> records = in.model().table("fct_duty_record");
    Dataset<Row> inPeriod = in.within(records, "occurred_on");
    Map<Metric, Dataset<Row>> out = new EnumMap<>(Metric.class);
    out.put(DUTY_POINTS_AVG, pointsAverage(serving, inPeriod));
    out.put(DEPUTIES_WITHOUT_DUTY, Figures.count(DEPUTIES_WITHOUT_DUTY,
        byDistrict(Figures.flagged(serving, "deputy_id", inPeriod, "deputy_id"), DEPUTIES_WITHOUT_DUTY),
        countIf(not(col(Figures.FLAG)))));
    out.put(RECEPTION_MINIMUM_RATE, receptionMinimum(in, serving, records));
    out.put(GROUPS_MEETING_DUTY_RATE, groupsMeetingDuty(in));
    out.put(GROUP_RESEARCH_REPORTS, Figures.count(GROUP_RESEARCH_REPORTS, Scopes.fanOut(
        in.within(researchReports(in), "delivered_on"), GROUP_RESEARCH_REPORTS, Map.of()), rows()));
    return out;
  }

  /** Points of records in P of deputies serving at P.end ÷ deputies serving at P.end. */
  private static Dataset<Row> pointsAverage(Dataset<Row> serving, Dataset<Row> inPeriod) {
    Dataset<Row> earned = inPeriod.groupBy(col(PeriodTable.PERIOD).as("_e_period"), col("deputy_id").as("_e_id"))
        .agg(sum(col("points")).as("_points"));
    Dataset<Row> withPoints = serving.join(earned, col(PeriodTable.PERIOD).equalTo(col("_e_period"))
        .and(col("deputy_id").equalTo(col("_e_id"))), "left");
    return Figures.ratio(DUTY_POINTS_AVG, byDistrict(withPoints, DUTY_POINTS_AVG),
        sum(coalesce(col("_points"), lit(0))), rows());
  }

  /** Serving deputies with at least four RECEPTION records in the YTD of P ÷ serving deputies. */
  private static Dataset<Row> receptionMinimum(MetricInputs in, Dataset<Row> serving, Dataset<Row> records) {
    Dataset<Row> enough = YearToDate.within(in, records.filter(col("duty_type").equalTo("RECEPTION")), "occurred_on")
        .groupBy(PeriodTable.PERIOD, "deputy_id").count()
        .filter(col("count").geq(RECEPTION_MINIMUM));
    return Figures.ratio(RECEPTION_MINIMUM_RATE,
        byDistrict(Figures.flagged(serving, "deputy_id", enough, "deputy_id"), RECEPTION_MINIMUM_RATE),
        countIf(col(Figures.FLAG)), rows());
  }

  /** Groups active at P.end with a RESEARCH_REPORT and a SUPERVISED_SUGGESTION in the YTD of P ÷ groups active. */
  private static Dataset<Row> groupsMeetingDuty(MetricInputs in) {
    Dataset<Row> active = in.model().table("dim_professional_group").join(in.periods(),
        col("formed_on").leq(col(PeriodTable.END))
            .and(col("dissolved_on").isNull().or(col("dissolved_on").gt(col(PeriodTable.END)))));
    Dataset<Row> outputs = YearToDate.within(in, in.model().table("fct_group_output"), "delivered_on");
    Dataset<Row> reported = Figures.flagged(active, "group_code",
        outputs.filter(col("output_type").equalTo("RESEARCH_REPORT")), "group_code")
        .withColumnRenamed(Figures.FLAG, "_reported");
    Dataset<Row> both = Figures.flagged(reported, "group_code",
        outputs.filter(col("output_type").equalTo("SUPERVISED_SUGGESTION")), "group_code");
    return Figures.ratio(GROUPS_MEETING_DUTY_RATE, Scopes.fanOut(both, GROUPS_MEETING_DUTY_RATE, Map.of()),
        countIf(col("_reported").and(col(Figures.FLAG))), rows());
  }

  private static Dataset<Row> researchReports(MetricInputs in) {
    return in.model().table("fct_group_output").filter(col("output_type").equalTo("RESEARCH_REPORT"));
  }

  private static Dataset<Row> byDistrict(Dataset<Row> deputies, Metric metric) {
    return Scopes.fanOut(deputies, metric, BY_DISTRICT);
  }
}
