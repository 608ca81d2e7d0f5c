package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.npcwh.core.metric.Metric.DRAFTS_OPEN_FOR_COMMENT;
import static org.npcwh.core.metric.Metric.DRAFTS_WITH_OPINIONS;
import static org.npcwh.core.metric.Metric.LEGISLATIVE_POINT_ACTIVITY_RATE;
import static org.npcwh.core.metric.Metric.OPINIONS_RECEIVED;
import static org.npcwh.core.metric.Metric.OPINION_ADOPTION_RATE;
import static org.npcwh.transform.metrics.Figures.countIf;
import static org.npcwh.transform.metrics.Figures.rows;

import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.metric.Family;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;

/** Legislative feedback: do grassroots opinions reach the law? */
final class LegislativeMetrics implements MetricFamily {
  private static final Map<ScopeType, String> BY_DISTRICT = Map.of(ScopeType.DISTRICT, "district_code");

  @Override
  public Family family() {
    return Family.LEGISLATIVE;
  }

  @Override
  public Map<Metric, Dataset<Row>> figures(MetricInputs in) {
    Dataset<Row> opinions = in.within(in.model().table("fct_opinion"), "submitted_on");
    Map<Metric, Dataset<Row>> out = new EnumMap<>(Metric.class);
    out.put(DRAFTS_OPEN_FOR_COMMENT, Figures.count(DRAFTS_OPEN_FOR_COMMENT,
        Scopes.fanOut(draftsOpen(in), DRAFTS_OPEN_FOR_COMMENT, Map.of()), rows()));
    out.put(DRAFTS_WITH_OPINIONS, Figures.count(DRAFTS_WITH_OPINIONS,
        Scopes.fanOut(opinions, DRAFTS_WITH_OPINIONS, Map.of()), count_distinct(col("draft_id"))));
    out.put(OPINIONS_RECEIVED, Figures.count(OPINIONS_RECEIVED,
        Scopes.fanOut(opinions, OPINIONS_RECEIVED, BY_DISTRICT), rows()));
    Dataset<Row> decided = in.within(in.model().table("fct_opinion"), "decided_on")
        .filter(col("adoption").isin("ADOPTED", "PARTIALLY_ADOPTED", "NOT_ADOPTED"));
    out.put(OPINION_ADOPTION_RATE, Figures.ratio(OPINION_ADOPTION_RATE,
        Scopes.fanOut(decided, OPINION_ADOPTION_RATE, Map.of()),
        countIf(col("adoption").isin("ADOPTED", "PARTIALLY_ADOPTED")), rows()));
    Dataset<Row> points = Figures.flagged(Platforms.legislativePointsOpenAtEnd(in), "platform_id", opinions,
        "platform_id");
    out.put(LEGISLATIVE_POINT_ACTIVITY_RATE, Figures.ratio(LEGISLATIVE_POINT_ACTIVITY_RATE,
        Scopes.fanOut(points, LEGISLATIVE_POINT_ACTIVITY_RATE, BY_DISTRICT), countIf(col(Figures.FLAG)), rows()));
    return out;
  }

  /** Drafts whose [opens_on, closes_on] overlaps P; a draft without a closing date is still open. */
  private static Dataset<Row> draftsOpen(MetricInputs in) {
    return in.model().table("dim_draft").join(in.periods(),
        col("solicitation_opens_on").leq(col(PeriodTable.END))
            .and(col("solicitation_closes_on").isNull()
                .or(col("solicitation_closes_on").geq(col(PeriodTable.START)))));
  }
}
