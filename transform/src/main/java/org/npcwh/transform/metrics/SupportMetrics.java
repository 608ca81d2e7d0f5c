package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.npcwh.core.metric.Metric.COMMITMENTS_DUE;
import static org.npcwh.core.metric.Metric.COMMITMENTS_OVERDUE;
import static org.npcwh.core.metric.Metric.COMMITMENT_FULFILLED_RATE;
import static org.npcwh.core.metric.Metric.STATIONS_WITH_FULLTIME_LIAISON_RATE;
import static org.npcwh.core.metric.Metric.STATION_FUNDING_AVG;
import static org.npcwh.transform.metrics.Figures.countIf;
import static org.npcwh.transform.metrics.Figures.rows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.metric.Family;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.transform.current.CurrentState;

/**
 * Station support and commitments (联络站保障, 承诺台账): the staffing and funding of the stations open at
 * P.end for the year of P.end, and the replies' commitments with the checks known at P.end.
 */
final class SupportMetrics implements MetricFamily {
  private static final Map<ScopeType, String> BY_DISTRICT = Map.of(ScopeType.DISTRICT, "district_code");
  private static final Map<ScopeType, String> BY_DEPARTMENT = Map.of(ScopeType.DEPARTMENT, "department_code");
  private static final String LATEST_STATUS = "_latest_status";
  private static final String FULFILLED = "FULFILLED";

  @Override
  public Family family() {
    return Family.SUPPORT;
  }

  @Override
  public Map<Metric, Dataset<Row>> figures(MetricInputs in) {
    Map<Metric, Dataset<Row>> out = new EnumMap<>(Metric.class);
    Dataset<Row> stations = stationsWithResources(in);
    out.put(STATIONS_WITH_FULLTIME_LIAISON_RATE, Figures.ratio(STATIONS_WITH_FULLTIME_LIAISON_RATE,
        Scopes.fanOut(stations, STATIONS_WITH_FULLTIME_LIAISON_RATE, BY_DISTRICT),
        countIf(col("fulltime_liaisons").geq(1L)), rows()));
    Dataset<Row> funded = stations.filter(col("funding_wan").isNotNull());
    out.put(STATION_FUNDING_AVG, Figures.ratio(STATION_FUNDING_AVG,
        Scopes.fanOut(funded, STATION_FUNDING_AVG, BY_DISTRICT), sum(col("funding_wan")), rows()));

    Dataset<Row> replies = in.model().table("fct_suggestion_reply").filter(col("commitment_due_on").isNotNull());
    Dataset<Row> known = latestKnownCheck(in);
    Dataset<Row> due = withLatestStatus(in.within(replies, "commitment_due_on"), known);
    out.put(COMMITMENTS_DUE, Figures.count(COMMITMENTS_DUE, Scopes.fanOut(due, COMMITMENTS_DUE, BY_DEPARTMENT),
        rows()));
    out.put(COMMITMENT_FULFILLED_RATE, Figures.ratio(COMMITMENT_FULFILLED_RATE,
        Scopes.fanOut(due, COMMITMENT_FULFILLED_RATE, BY_DEPARTMENT), countIf(fulfilled()), rows()));
    Dataset<Row> pastDue = withLatestStatus(
        replies.join(in.periods(), col("commitment_due_on").lt(col(PeriodTable.END))), known);
    out.put(COMMITMENTS_OVERDUE, Figures.count(COMMITMENTS_OVERDUE,
        Scopes.fanOut(pastDue.filter(not(fulfilled())), COMMITMENTS_OVERDUE, BY_DEPARTMENT), rows()));
    return out;
  }

  /**
   * STATIONs open at P.end (one row per period) with their station_resources row for the year of P.end,
   * where there is one (its columns null where there is not).
   */
  private static Dataset<Row> stationsWithResources(MetricInputs in) {
    Dataset<Row> open = Platforms.openAtEnd(in).filter(col("platform_type").equalTo("STATION"))
        .select(PeriodTable.PERIOD, PeriodTable.YEAR, "platform_id", "district_code");
    Dataset<Row> resources = in.model().table("fct_station_resource")
        .select(col("platform_id").as("_r_id"), col("year").as("_r_year"), col("fulltime_liaisons"),
            col("funding_wan"));
    return open.join(resources, col("platform_id").equalTo(col("_r_id"))
        .and(col(PeriodTable.YEAR).equalTo(col("_r_year"))), "left");
  }

  /**
   * Per (period, reply) the status of the latest check known at P.end: checks with checked_on ≤ P.end, the
   * latest by checked_on, then check_id (as text). A check without a date is never known.
   */
  private static Dataset<Row> latestKnownCheck(MetricInputs in) {
    Dataset<Row> known = in.model().table("fct_commitment_check")
        .join(in.periods().select(PeriodTable.PERIOD, PeriodTable.END), col("checked_on").leq(col(PeriodTable.END)));
    return CurrentState.firstPer(known, List.of(col(PeriodTable.PERIOD), col("reply_id")),
            col("checked_on").desc(), col("check_id").desc())
        .select(col(PeriodTable.PERIOD).as("_c_period"), col("reply_id").as("_c_reply"),
            col("status").as(LATEST_STATUS));
  }

  private static Dataset<Row> withLatestStatus(Dataset<Row> replies, Dataset<Row> known) {
    return replies
        .join(known, col(PeriodTable.PERIOD).equalTo(col("_c_period")).and(col("reply_id").equalTo(col("_c_reply"))),
            "left")
        .drop("_c_period", "_c_reply");
  }

  /** The latest known check is FULFILLED (false, not null, for a reply without one). */
  private static Column fulfilled() {
    return col(LATEST_STATUS).isNotNull().and(col(LATEST_STATUS).equalTo(FULFILLED));
  }
}
