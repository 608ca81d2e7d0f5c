package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.npcwh.core.metric.Metric.IMPLEMENTATION_STAGE_SCORE_AVG;
import static org.npcwh.core.metric.Metric.REPLY_STAGE_SCORE_AVG;
import static org.npcwh.core.metric.Metric.REVIEW_FLIP_RATE;
import static org.npcwh.core.metric.Metric.SUGGESTION_SATISFACTION_RATE;
import static org.npcwh.core.metric.Metric.SUGGESTION_UNSATISFIED;
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
 * Satisfaction: are deputies satisfied with what departments did? An evaluation is in P by its
 * evaluated_on; its department is its reply's department (fct_evaluation.department_code).
 */
final class SatisfactionMetrics implements MetricFamily {
  private static final Map<ScopeType, String> BY_DEPARTMENT = Map.of(ScopeType.DEPARTMENT, "department_code");

  @Override
  public Family family() {
    return Family.SATISFACTION;
  }

  @Override
  public Map<Metric, Dataset<Row>> figures(MetricInputs in) {
    Dataset<Row> evaluations = in.within(in.model().table("fct_evaluation"), "evaluated_on");
    Dataset<Row> effective = evaluations.filter(col("is_effective"));
    Dataset<Row> replyStage = effective.filter(col("stage").equalTo("REPLY"));
    Map<Metric, Dataset<Row>> out = new EnumMap<>(Metric.class);
    out.put(SUGGESTION_SATISFACTION_RATE, Figures.ratio(SUGGESTION_SATISFACTION_RATE,
        Scopes.fanOut(replyStage, SUGGESTION_SATISFACTION_RATE, BY_DEPARTMENT),
        countIf(col("rating").isin("SATISFIED", "BASICALLY_SATISFIED")), rows()));
    out.put(SUGGESTION_UNSATISFIED, Figures.count(SUGGESTION_UNSATISFIED,
        Scopes.fanOut(replyStage.filter(col("rating").equalTo("UNSATISFIED")), SUGGESTION_UNSATISFIED,
            BY_DEPARTMENT), rows()));
    out.put(REVIEW_FLIP_RATE, reviewFlipRate(in, evaluations));
    out.put(REPLY_STAGE_SCORE_AVG, scoreAverage(REPLY_STAGE_SCORE_AVG, replyStage));
    out.put(IMPLEMENTATION_STAGE_SCORE_AVG, scoreAverage(IMPLEMENTATION_STAGE_SCORE_AVG,
        effective.filter(col("stage").equalTo("IMPLEMENTATION"))));
    return out;
  }

  private static Dataset<Row> scoreAverage(Metric metric, Dataset<Row> evaluations) {
    Dataset<Row> scored = evaluations.filter(col("score").isNotNull());
    return Figures.ratio(metric, Scopes.fanOut(scored, metric, BY_DEPARTMENT), sum(col("score")), rows());
  }

  /**
   * Reviews in P whose rating differs (null-safe) from the rating of the evaluation they review ÷ reviews
   * in P. A review whose reviewed evaluation is unknown cannot be judged and counts in neither.
   */
  private static Dataset<Row> reviewFlipRate(MetricInputs in, Dataset<Row> evaluationsInP) {
    Dataset<Row> reviewed = in.model().table("fct_evaluation")
        .select(col("evaluation_id").as("_reviewed_id"), col("rating").as("_reviewed_rating"));
    Dataset<Row> reviews = evaluationsInP
        .filter(col("reviews_evaluation_id").isNotNull())
        .join(reviewed, col("reviews_evaluation_id").equalTo(col("_reviewed_id")));
    return Figures.ratio(REVIEW_FLIP_RATE, Scopes.fanOut(reviews, REVIEW_FLIP_RATE, Map.of()),
        countIf(not(col("rating").eqNullSafe(col("_reviewed_rating")))), rows());
  }
}
