package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.npcwh.core.metric.Metric.AVG_DAILY_ONLINE_DEPUTIES;
import static org.npcwh.core.metric.Metric.COMMUNITY_STATION_COVERAGE;
import static org.npcwh.core.metric.Metric.DEPUTY_ENGAGEMENT_RATE;
import static org.npcwh.core.metric.Metric.HOMES_OPEN;
import static org.npcwh.core.metric.Metric.LEGISLATIVE_POINTS_OPEN;
import static org.npcwh.core.metric.Metric.ONLINE_STATION_COVERAGE;
import static org.npcwh.core.metric.Metric.POINTS_OPEN;
import static org.npcwh.core.metric.Metric.STATIONS_OPEN;
import static org.npcwh.core.metric.Metric.STREET_HOME_COVERAGE;
import static org.npcwh.transform.metrics.Figures.countIf;
import static org.npcwh.transform.metrics.Figures.rows;

import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.metric.Family;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.transform.conform.ConformedModel;

/** Coverage: is the home–station–point network everywhere, and are deputies in it? */
final class CoverageMetrics implements MetricFamily {
  private static final Map<ScopeType, String> BY_DISTRICT = Map.of(ScopeType.DISTRICT, "district_code");

  @Override
  public Family family() {
    return Family.COVERAGE;
  }

  @Override
  public Map<Metric, Dataset<Row>> figures(MetricInputs in) {
    Dataset<Row> open = Platforms.openAtEnd(in);
    Map<Metric, Dataset<Row>> out = new EnumMap<>(Metric.class);
    out.put(HOMES_OPEN, openCount(HOMES_OPEN, open.filter(col("platform_type").equalTo("HOME"))));
    out.put(STATIONS_OPEN, openCount(STATIONS_OPEN, open.filter(col("platform_type").equalTo("STATION"))));
    out.put(POINTS_OPEN, openCount(POINTS_OPEN, open.filter(col("platform_type").equalTo("POINT"))));
    out.put(LEGISLATIVE_POINTS_OPEN, openCount(LEGISLATIVE_POINTS_OPEN, Platforms.legislativePointsOpenAtEnd(in)));
    out.put(STREET_HOME_COVERAGE, streetHomeCoverage(in, open));
    out.put(COMMUNITY_STATION_COVERAGE, communityStationCoverage(in, open));
    out.put(ONLINE_STATION_COVERAGE, onlineStationCoverage(open));
    out.put(DEPUTY_ENGAGEMENT_RATE, deputyEngagement(in));
    out.put(AVG_DAILY_ONLINE_DEPUTIES, avgDailyOnlineDeputies(in));
    return out;
  }

  private static Dataset<Row> openCount(Metric metric, Dataset<Row> platforms) {
    return Figures.count(metric, Scopes.fanOut(platforms, metric, BY_DISTRICT), rows());
  }

  /** Streets (regions of level STREET) with at least one HOME open at P.end ÷ all streets. */
  private static Dataset<Row> streetHomeCoverage(MetricInputs in, Dataset<Row> open) {
    Dataset<Row> streets = regionsOfLevel(in, "STREET");
    Dataset<Row> homes = open.filter(col("platform_type").equalTo("HOME"));
    return coverage(STREET_HOME_COVERAGE, Figures.flagged(streets, "region_code", homes, "street_code"));
  }

  /** Communities served (platform_coverage) by at least one STATION open at P.end ÷ all communities. */
  private static Dataset<Row> communityStationCoverage(MetricInputs in, Dataset<Row> open) {
    Dataset<Row> communities = regionsOfLevel(in, "COMMUNITY");
    Dataset<Row> stations = open.filter(col("platform_type").equalTo("STATION")).select(PeriodTable.PERIOD,
        "platform_id");
    Dataset<Row> served = stations.join(in.model().table(ConformedModel.PLATFORM_COVERAGE_TABLE), "platform_id");
    return coverage(COMMUNITY_STATION_COVERAGE, Figures.flagged(communities, "region_code", served, "community_code"));
  }

  private static Dataset<Row> coverage(Metric metric, Dataset<Row> flaggedRegions) {
    return Figures.ratio(metric, Scopes.fanOut(flaggedRegions, metric, BY_DISTRICT), countIf(col(Figures.FLAG)),
        rows());
  }

  private static Dataset<Row> regionsOfLevel(MetricInputs in, String level) {
    return in.model().table("dim_region").filter(col("level").equalTo(level)).crossJoin(in.periods());
  }

  /** STATIONs open at P.end with online_since <= P.end ÷ STATIONs open at P.end. */
  private static Dataset<Row> onlineStationCoverage(Dataset<Row> open) {
    Dataset<Row> stations = open.filter(col("platform_type").equalTo("STATION"));
    return Figures.ratio(ONLINE_STATION_COVERAGE, Scopes.fanOut(stations, ONLINE_STATION_COVERAGE, BY_DISTRICT),
        countIf(col("online_since").leq(col(PeriodTable.END))), rows());
  }

  /** Deputies serving at P.end named in at least one activity held in P ÷ deputies serving at P.end. */
  private static Dataset<Row> deputyEngagement(MetricInputs in) {
    Dataset<Row> serving = Deputies.servingAtEnd(in);
    Dataset<Row> active = in.within(in.model().table(ConformedModel.ACTIVITY_DEPUTY), "held_on");
    Dataset<Row> flagged = Figures.flagged(serving, "deputy_id", active, "deputy_id");
    return Figures.ratio(DEPUTY_ENGAGEMENT_RATE, Scopes.fanOut(flagged, DEPUTY_ENGAGEMENT_RATE, BY_DISTRICT),
        countIf(col(Figures.FLAG)), rows());
  }

  /**
   * Distinct (deputy_id, duty_date) with duty_date in P ÷ days in P. The denominator exists for every
   * scope, so the figure is built on the full scope × period grid (a district without duty gets 0, not null).
   * fct_duty holds one row per (deputy_id, duty_date), its key (the current state keeps one version per
   * key, and fct_duty.key_unique fails a run that breaks it), and each pair lies in one district; so a
   * period's distinct pairs in a scope are the sum over the period's days of the rows of that day in the
   * scope. The roster is folded into one count per (day, district) before anything is shuffled or repeated
   * per period (a distinct count per scope and day shuffled every pair: 70 s of task time at scale 10).
   */
  private static Dataset<Row> avgDailyOnlineDeputies(MetricInputs in) {
    Metric metric = AVG_DAILY_ONLINE_DEPUTIES;
    Dataset<Row> daily = in.model().table("fct_duty")
        .groupBy("duty_date", "district_code")
        .agg(rows().as("_pairs"));
    Dataset<Row> counted = in.within(Scopes.fanOut(daily, metric, BY_DISTRICT), "duty_date")
        .groupBy(PeriodTable.PERIOD, Scopes.SCOPE_TYPE, Scopes.SCOPE_CODE)
        .agg(sum(col("_pairs")).as("_duties"));
    Dataset<Row> grid = in.scopesAndPeriods(metric);
    Dataset<Row> joined = grid.join(counted, Figures.SCOPE_KEYS, "left");
    return Figures.select(metric, joined
        .withColumn(Figures.NUMERATOR, coalesce(col("_duties"), lit(0L)))
        .withColumn(Figures.DENOMINATOR, col(PeriodTable.DAYS))
        .withColumn(Figures.VALUE, lit(null)));
  }
}
