package org.npcwh.transform.metrics;

import static org.npcwh.core.metric.Metric.IMPLEMENTATION_STAGE_SCORE_AVG;
import static org.npcwh.core.metric.Metric.REPLY_STAGE_SCORE_AVG;
import static org.npcwh.core.metric.Metric.REVIEW_FLIP_RATE;
import static org.npcwh.core.metric.Metric.SUGGESTION_SATISFACTION_RATE;
import static org.npcwh.core.metric.Metric.SUGGESTION_UNSATISFIED;
import static org.npcwh.transform.testing.FixturePeriods.FEB;
import static org.npcwh.transform.testing.FixturePeriods.JAN;
import static org.npcwh.transform.testing.FixturePeriods.MAR;
import static org.npcwh.transform.testing.FixturePeriods.Q1;
import static org.npcwh.transform.testing.MetricTable.Figure.count;
import static org.npcwh.transform.testing.MetricTable.Figure.ratio;
import static org.npcwh.transform.testing.RawFixture.d;
import static org.npcwh.transform.testing.RawFixture.list;
import static org.npcwh.transform.testing.RawFixture.ts;

import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.period.Period;
import org.npcwh.transform.testing.CityFixture;
import org.npcwh.transform.testing.MetricTable;
import org.npcwh.transform.testing.RawFixture;
import org.npcwh.transform.testing.SharedSpark;

/**
 * Satisfaction. Replies: R1 (S1, DEP1), R2 (S2, DEP2). Evaluations:
 * <pre>
 * E1 R1 01-10 REPLY UNSATISFIED 40            reviewed by E3 → not effective
 * E2 R2 01-20 REPLY SATISFIED 95              effective
 * E3 R1 02-10 REPLY BASICALLY_SATISFIED 75    reviews E1 (rating flips); reviewed by E7 → not effective
 * E4 R1 02-20 IMPLEMENTATION SATISFIED 88     effective
 * E5 R2 02-25 IMPLEMENTATION UNSATISFIED —    effective, not scored
 * E6 RX 02-05 REPLY UNSATISFIED 50            reply RX never delivered → held, counts nowhere
 * E7 R1 03-05 REPLY BASICALLY_SATISFIED 78    reviews E3 (same rating), effective
 * </pre>
 */
class SatisfactionMetricsTest {
  private static MetricTable table;

  @BeforeAll
  static void compute() {
    RawFixture f = CityFixture.create();
    f.batch(SourceDataset.SUGGESTIONS)
        .row("S1", "7-3", "DP1", 0L, "旧改", "住房", d("2022-11-01"), d("2022-11-30"), "DEP1", list("DEP2"), false,
            false, ts("2022-11-30 09:00:00"))
        .row("S2", "7-3", "DP3", 0L, "学位", "教育", d("2022-11-01"), d("2022-11-30"), "DEP2", list(), false,
            false, ts("2022-11-30 09:00:00"));
    f.batch(SourceDataset.SUGGESTION_REPLIES)
        .row("R1", "S1", "DEP1", 1L, d("2023-01-05"), "B", "…", null, ts("2023-01-05 09:00:00"))
        .row("R2", "S2", "DEP2", 1L, d("2023-01-06"), "A", "…", null, ts("2023-01-06 09:00:00"));
    f.batch(SourceDataset.EVALUATIONS)
        .row("E1", "S1", "R1", d("2023-01-10"), "REPLY", "UNSATISFIED", 40L, null, ts("2023-01-10 09:00:00"))
        .row("E2", "S2", "R2", d("2023-01-20"), "REPLY", "SATISFIED", 95L, null, ts("2023-01-20 09:00:00"))
        .row("E3", "S1", "R1", d("2023-02-10"), "REPLY", "BASICALLY_SATISFIED", 75L, "E1", ts("2023-02-10 09:00:00"))
        .row("E4", "S1", "R1", d("2023-02-20"), "IMPLEMENTATION", "SATISFIED", 88L, null, ts("2023-02-20 09:00:00"))
        .row("E5", "S2", "R2", d("2023-02-25"), "IMPLEMENTATION", "UNSATISFIED", null, null,
            ts("2023-02-25 09:00:00"))
        .row("E6", "S1", "RX", d("2023-02-05"), "REPLY", "UNSATISFIED", 50L, null, ts("2023-02-05 09:00:00"))
        .row("E7", "S1", "R1", d("2023-03-05"), "REPLY", "BASICALLY_SATISFIED", 78L, "E3", ts("2023-03-05 09:00:00"));
    table = MetricTable.compute(SharedSpark.get(), f, Period.month(YearMonth.of(2023, 1)),
        Period.month(YearMonth.of(2023, 2)), Period.month(YearMonth.of(2023, 3)), Period.quarter(2023, 1));
  }

  @Test
  void anEvaluationSupersededByALaterReviewNoLongerCounts() {
    table.expect(JAN, SUGGESTION_SATISFACTION_RATE, "CITY", ratio(1, 1), "DEP2", ratio(1, 1), "DEP1", ratio(0, 0),
        "DEP3", ratio(0, 0));
    table.expect(JAN, SUGGESTION_UNSATISFIED, "CITY", count(0), "DEP1", count(0), "DEP2", count(0));
    table.expect(MAR, SUGGESTION_SATISFACTION_RATE, "CITY", ratio(1, 1), "DEP1", ratio(1, 1));
  }

  @Test
  void evaluationsOfAReplyThatNeverArrivedCountNowhere() {
    table.expect(FEB, SUGGESTION_SATISFACTION_RATE, "CITY", ratio(0, 0), "DEP1", ratio(0, 0), "DEP2", ratio(0, 0));
    table.expect(FEB, SUGGESTION_UNSATISFIED, "CITY", count(0), "DEP1", count(0), "DEP2", count(0));
    table.expect(Q1, SUGGESTION_SATISFACTION_RATE, "CITY", ratio(2, 2), "DEP1", ratio(1, 1), "DEP2", ratio(1, 1));
    table.expect(Q1, SUGGESTION_UNSATISFIED, "CITY", count(0));
  }

  @Test
  void reviewFlipRateComparesAReviewWithTheRatingItReviews() {
    table.expect(JAN, REVIEW_FLIP_RATE, "CITY", ratio(0, 0));
    table.expect(FEB, REVIEW_FLIP_RATE, "CITY", ratio(1, 1));
    table.expect(MAR, REVIEW_FLIP_RATE, "CITY", ratio(0, 1));
    table.expect(Q1, REVIEW_FLIP_RATE, "CITY", ratio(1, 2));
  }

  @Test
  void stageScoreAveragesOverEffectiveScoredEvaluations() {
    table.expect(JAN, REPLY_STAGE_SCORE_AVG, "CITY", ratio(95, 1), "DEP2", ratio(95, 1), "DEP1", ratio(0, 0));
    table.expect(Q1, REPLY_STAGE_SCORE_AVG, "CITY", ratio(95 + 78, 2), "DEP1", ratio(78, 1),
        "DEP2", ratio(95, 1));
    table.expect(FEB, IMPLEMENTATION_STAGE_SCORE_AVG, "CITY", ratio(88, 1), "DEP1", ratio(88, 1),
        "DEP2", ratio(0, 0));
  }
}
