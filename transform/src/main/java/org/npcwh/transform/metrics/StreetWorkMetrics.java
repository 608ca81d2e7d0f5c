package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.npcwh.core.metric.Metric.MICRO_PROJECTS_SELECTED;
import static org.npcwh.core.metric.Metric.MICRO_PROJECT_COMPLETION_RATE;
import static org.npcwh.core.metric.Metric.STREET_VOTER_MEETING_COVERAGE;
import static org.npcwh.core.metric.Metric.VOTER_MEETING_ITEMS_SELECTED;
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
 * Street voter meetings (街道选民代表会议; district of a street through the region tree) and the
 * micro livelihood projects (民生微实事: livelihood projects of level COMMUNITY, taken as of P.end as
 * the livelihood family takes projects; district by the project's own district_code).
 */
final class StreetWorkMetrics implements MetricFamily {
  private static final Map<ScopeType, String> BY_DISTRICT = Map.of(ScopeType.DISTRICT, "district_code");

  @Override
  public Family family() {
    return Family.STREET_WORK;
  }

  @Override
  public Map<Metric, Dataset<Row>> figures(MetricInputs in) {
    Dataset<Row> meetings = in.model().table("fct_voter_meeting");
    Dataset<Row> micro = LivelihoodMetrics.asOfPeriodEnd(in).filter(col("level").equalTo("COMMUNITY")
        .and(col("selected")).and(col("year").equalTo(col(PeriodTable.YEAR))));
    Map<Metric, Dataset<Row>> out = new EnumMap<>(Metric.class);
    out.put(STREET_VOTER_MEETING_COVERAGE, meetingCoverage(in, meetings));
    out.put(VOTER_MEETING_ITEMS_SELECTED, Figures.count(VOTER_MEETING_ITEMS_SELECTED,
        byDistrict(in.within(meetings, "held_on"), VOTER_MEETING_ITEMS_SELECTED), sum(col("items_selected"))));
    out.put(MICRO_PROJECTS_SELECTED, Figures.count(MICRO_PROJECTS_SELECTED,
        byDistrict(micro, MICRO_PROJECTS_SELECTED), rows()));
    out.put(MICRO_PROJECT_COMPLETION_RATE, Figures.ratio(MICRO_PROJECT_COMPLETION_RATE,
        byDistrict(micro, MICRO_PROJECT_COMPLETION_RATE), countIf(col("progress_pct").equalTo(100L)), rows()));
    return out;
  }

  /** Streets with at least one voter meeting held in the YTD of P ÷ all streets. */
  private static Dataset<Row> meetingCoverage(MetricInputs in, Dataset<Row> meetings) {
    Dataset<Row> streets = in.model().table("dim_region").filter(col("level").equalTo("STREET"))
        .crossJoin(in.periods());
    Dataset<Row> held = YearToDate.within(in, meetings, "held_on");
    return Figures.ratio(STREET_VOTER_MEETING_COVERAGE, byDistrict(
        Figures.flagged(streets, "region_code", held, "street_code"), STREET_VOTER_MEETING_COVERAGE),
        countIf(col(Figures.FLAG)), rows());
  }

  private static Dataset<Row> byDistrict(Dataset<Row> rows, Metric metric) {
    return Scopes.fanOut(rows, metric, BY_DISTRICT);
  }
}
