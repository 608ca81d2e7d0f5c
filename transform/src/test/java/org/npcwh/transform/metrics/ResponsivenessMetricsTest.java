package org.npcwh.transform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npcwh.core.metric.Metric.LETTERS_OVERDUE_OPEN;
import static org.npcwh.core.metric.Metric.LETTERS_SENT;
import static org.npcwh.core.metric.Metric.LETTER_MEDIAN_DAYS_TO_ANSWER;
import static org.npcwh.core.metric.Metric.LETTER_ON_TIME_RATE;
import static org.npcwh.core.metric.Metric.LETTER_SATISFACTION_RATE;
import static org.npcwh.core.metric.Metric.MESSAGES_FORWARDED;
import static org.npcwh.core.metric.Metric.MESSAGES_RECEIVED;
import static org.npcwh.core.metric.Metric.SUGGESTIONS_SUBMITTED;
import static org.npcwh.core.metric.Metric.SUGGESTION_ON_TIME_RATE;
import static org.npcwh.core.metric.Metric.SUGGESTION_SOLVED_OR_SOLVING_RATE;
import static org.npcwh.transform.testing.FixturePeriods.FEB;
import static org.npcwh.transform.testing.FixturePeriods.JAN;
import static org.npcwh.transform.testing.FixturePeriods.MAR;
import static org.npcwh.transform.testing.FixturePeriods.Q1;
import static org.npcwh.transform.testing.MetricTable.Figure.count;
import static org.npcwh.transform.testing.MetricTable.Figure.median;
import static org.npcwh.transform.testing.MetricTable.Figure.ratio;
import static org.npcwh.transform.testing.RawFixture.d;
import static org.npcwh.transform.testing.RawFixture.list;
import static org.npcwh.transform.testing.RawFixture.ts;

import java.time.YearMonth;
import java.util.TimeZone;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.period.Period;
import org.npcwh.transform.testing.CityFixture;
import org.npcwh.transform.testing.MetricTable;
import org.npcwh.transform.testing.RawFixture;
import org.npcwh.transform.testing.SharedSpark;

/**
 * Responsiveness on the {@link CityFixture} city. Letters (sent → deadline D, answered, days):
 * <pre>
 * L1 DEP1 01-31 → 02-28, answered 02-28 (on D, on time), 28 d, SATISFIED
 * L2 DEP1 01-30 → 02-28, answered 03-01 (one day late),   30 d, UNSATISFIED
 * L3 DEP2 01-03 → 02-03, never answered
 * L4 DEP2 2022-12-20 → 01-20, answered 01-10, 21 d, BASICALLY_SATISFIED
 * L5 DEP1 2022-12-31 → 01-31, answered 02-05, 36 d, unrated
 * L6 DEP1 01-05 → 02-05, answered 02-10, 36 d, unrated
 * </pre>
 * Suggestions (deadline D): S1 DEP1 assigned 2022-11-30 → 02-28, lead reply 03-01 (late; co-department
 * DEP2 replied 01-10 first); S2 DEP2 extended, assigned 2022-08-31 → 02-28 (six months), lead reply 02-28;
 * S3 DEP1 submitted 01-15, D 04-20; S4 DEP1 submitted 02-01, not assigned; S5 DEP1 assigned 2022-10-31 → 01-31,
 * lead reply 01-31 (A) and a round-2 reply 02-15 (D).
 */
class ResponsivenessMetricsTest {
  private static RawFixture fixture;
  private static MetricTable table;

  @BeforeAll
  static void compute() {
    fixture = CityFixture.create();
    fixture.batch(SourceDataset.MESSAGES)
        .row("M1", "ST1", ts("2023-01-31 23:59:59"), "h1", "p1", "住房", "…", "DP1", null, "L1", "FORWARDED",
            ts("2023-02-01 10:00:00"))
        .row("M2", "ST2", ts("2023-02-01 00:00:01"), "h2", "p2", "交通", "…", null, null, null, "OPEN",
            ts("2023-02-01 10:00:00"))
        .row("M3", "ST1", ts("2023-01-01 00:00:00"), "h3", "p3", "教育", "…", "DP1", ts("2023-01-02 09:00:00"),
            null, "RESPONDED", ts("2023-01-02 09:00:00"))
        .row("M4", null, ts("2023-01-15 12:00:00"), "h4", "p4", "环境", "…", "DP2", null, "L2", "FORWARDED",
            ts("2023-01-16 09:00:00"));
    fixture.batch(SourceDataset.LETTERS)
        .row("L1", "DP1", "DEP1", "M1", ts("2023-01-31 10:00:00"), ts("2023-02-28 18:00:00"), "SATISFIED",
            ts("2023-03-02 09:00:00"))
        .row("L2", "DP2", "DEP1", "M4", ts("2023-01-30 09:00:00"), ts("2023-03-01 08:00:00"), "UNSATISFIED",
            ts("2023-03-02 09:00:00"))
        .row("L3", "DP1", "DEP2", null, ts("2023-01-03 08:00:00"), null, null, ts("2023-01-03 08:00:00"))
        .row("L4", "DP3", "DEP2", null, ts("2022-12-20 08:00:00"), ts("2023-01-10 08:00:00"),
            "BASICALLY_SATISFIED", ts("2023-01-12 08:00:00"))
        .row("L5", "DP3", "DEP1", null, ts("2022-12-31 23:00:00"), ts("2023-02-05 08:00:00"), null,
            ts("2023-02-05 08:00:00"))
        .row("L6", "DP1", "DEP1", null, ts("2023-01-05 08:00:00"), ts("2023-02-10 08:00:00"), null,
            ts("2023-02-10 08:00:00"));
    fixture.batch(SourceDataset.SUGGESTIONS)
        .row("S1", "7-3", "DP1", 2L, "旧改", "住房", d("2022-11-01"), d("2022-11-30"), "DEP1", list("DEP2"), false,
            false, ts("2022-11-30 09:00:00"))
        .row("S2", "7-3", "DP3", 0L, "学位", "教育", d("2022-08-20"), d("2022-08-31"), "DEP2", list(), true,
            true, ts("2022-08-31 09:00:00"))
        .row("S3", "7-4", "DP1", 0L, "停车", "交通", d("2023-01-15"), d("2023-01-20"), "DEP1", list(), false,
            false, ts("2023-01-20 09:00:00"))
        .row("S4", "7-4", "DP4", 0L, "绿道", "环境", d("2023-02-01"), null, "DEP1", list(), false, false,
            ts("2023-02-01 09:00:00"))
        .row("S5", "7-3", "DP1", 1L, "噪音", "环境", d("2022-10-20"), d("2022-10-31"), "DEP1", list("DEP3"),
            false, false, ts("2022-10-31 09:00:00"));
    fixture.batch(SourceDataset.SUGGESTION_REPLIES)
        .row("R1", "S1", "DEP2", 1L, d("2023-01-10"), "A", "…", null, ts("2023-01-10 09:00:00"))
        .row("R2", "S1", "DEP1", 1L, d("2023-03-01"), "B", "…", d("2023-12-31"), ts("2023-03-01 09:00:00"))
        .row("R3", "S2", "DEP2", 1L, d("2023-02-28"), "C", "…", null, ts("2023-02-28 09:00:00"))
        .row("R4", "S5", "DEP1", 1L, d("2023-01-31"), "A", "…", null, ts("2023-01-31 09:00:00"))
        .row("R5", "S5", "DEP1", 2L, d("2023-02-15"), "D", "…", null, ts("2023-02-15 09:00:00"));
    table = MetricTable.compute(SharedSpark.get(), fixture, Period.month(YearMonth.of(2023, 1)),
        Period.month(YearMonth.of(2023, 2)), Period.month(YearMonth.of(2023, 3)), Period.quarter(2023, 1));
  }

  @Test
  void messagesFallInTheirLocalMonthAndDistrictByPlatform() {
    table.expect(JAN, MESSAGES_RECEIVED, "CITY", count(3), "D1", count(2), "D2", count(0), "D3", count(0));
    table.expect(FEB, MESSAGES_RECEIVED, "CITY", count(1), "D1", count(0), "D2", count(1));
    table.expect(Q1, MESSAGES_RECEIVED, "CITY", count(4), "D1", count(2), "D2", count(1));
    table.expect(JAN, MESSAGES_FORWARDED, "CITY", count(2), "D1", count(1), "D2", count(0));
  }

  @Test
  void monthEdgeDoesNotDependOnSessionOrJvmTimeZone() {
    SparkSession spark = SharedSpark.get();
    TimeZone jvmZone = TimeZone.getDefault();
    String sessionZone = spark.conf().get("spark.sql.session.timeZone");
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      spark.conf().set("spark.sql.session.timeZone", "Pacific/Auckland");
      MetricTable elsewhere = MetricTable.compute(spark, fixture, Period.month(YearMonth.of(2023, 1)),
          Period.month(YearMonth.of(2023, 2)));
      elsewhere.expect(JAN, MESSAGES_RECEIVED, "CITY", count(3), "D1", count(2));
      elsewhere.expect(FEB, MESSAGES_RECEIVED, "CITY", count(1), "D2", count(1));
      assertThat(elsewhere.figure(FEB, LETTER_ON_TIME_RATE, "CITY")).isEqualTo(ratio(1, 4));
    } finally {
      TimeZone.setDefault(jvmZone);
      spark.conf().set("spark.sql.session.timeZone", sessionZone);
    }
  }

  @Test
  void lettersSentByDepartmentWithZerosForSilentDepartments() {
    table.expect(JAN, LETTERS_SENT, "CITY", count(4), "DEP1", count(3), "DEP2", count(1), "DEP3", count(0));
    table.expect(FEB, LETTERS_SENT, "CITY", count(0), "DEP1", count(0));
  }

  @Test
  void letterAnsweredOnItsDeadlineIsOnTimeAndOneDayLaterIsNot() {
    table.expect(JAN, LETTER_ON_TIME_RATE, "CITY", ratio(1, 2), "DEP1", ratio(0, 1), "DEP2", ratio(1, 1),
        "DEP3", ratio(0, 0));
    table.expect(FEB, LETTER_ON_TIME_RATE, "CITY", ratio(1, 4), "DEP1", ratio(1, 3), "DEP2", ratio(0, 1));
    table.expect(Q1, LETTER_ON_TIME_RATE, "CITY", ratio(2, 6), "DEP1", ratio(1, 4), "DEP2", ratio(1, 2));
  }

  @Test
  void medianDaysInterpolatesForAnEvenCount() {
    table.expect(JAN, LETTER_MEDIAN_DAYS_TO_ANSWER, "CITY", median(21.0, 1), "DEP2", median(21.0, 1),
        "DEP1", median(null, 0));
    table.expect(FEB, LETTER_MEDIAN_DAYS_TO_ANSWER, "CITY", median(36.0, 3), "DEP1", median(36.0, 3));
    // Q1: 21, 28, 30, 36, 36 → 30; DEP1: 28, 30, 36, 36 → (30 + 36) / 2 = 33.
    table.expect(Q1, LETTER_MEDIAN_DAYS_TO_ANSWER, "CITY", median(30.0, 5), "DEP1", median(33.0, 4),
        "DEP2", median(21.0, 1), "DEP3", median(null, 0));
  }

  @Test
  void overdueOpenLettersAtPeriodEnd() {
    table.expect(JAN, LETTERS_OVERDUE_OPEN, "CITY", count(0), "DEP1", count(0), "DEP2", count(0));
    table.expect(FEB, LETTERS_OVERDUE_OPEN, "CITY", count(1), "DEP1", count(0), "DEP2", count(1));
    table.expect(MAR, LETTERS_OVERDUE_OPEN, "CITY", count(1), "DEP2", count(1));
  }

  @Test
  void letterSatisfactionCountsRatedAnswersOnly() {
    table.expect(JAN, LETTER_SATISFACTION_RATE, "CITY", ratio(1, 1), "DEP2", ratio(1, 1), "DEP1", ratio(0, 0));
    table.expect(FEB, LETTER_SATISFACTION_RATE, "CITY", ratio(1, 1), "DEP1", ratio(1, 1));
    table.expect(Q1, LETTER_SATISFACTION_RATE, "CITY", ratio(2, 3), "DEP1", ratio(1, 2), "DEP2", ratio(1, 1));
  }

  @Test
  void suggestionsByLeadDepartment() {
    table.expect(JAN, SUGGESTIONS_SUBMITTED, "CITY", count(1), "DEP1", count(1), "DEP2", count(0));
    table.expect(Q1, SUGGESTIONS_SUBMITTED, "CITY", count(2), "DEP1", count(2));
  }

  @Test
  void suggestionOnTimeUsesTheLeadReplyAndTheExtendedDeadline() {
    table.expect(JAN, SUGGESTION_ON_TIME_RATE, "CITY", ratio(1, 1), "DEP1", ratio(1, 1), "DEP2", ratio(0, 0));
    table.expect(FEB, SUGGESTION_ON_TIME_RATE, "CITY", ratio(1, 2), "DEP1", ratio(0, 1), "DEP2", ratio(1, 1));
    table.expect(Q1, SUGGESTION_ON_TIME_RATE, "CITY", ratio(2, 3), "DEP1", ratio(1, 2), "DEP2", ratio(1, 1));
  }

  @Test
  void solvedOrSolvingCountsRoundOneLeadRepliesNotCoDepartments() {
    table.expect(JAN, SUGGESTION_SOLVED_OR_SOLVING_RATE, "CITY", ratio(1, 1), "DEP1", ratio(1, 1),
        "DEP2", ratio(0, 0));
    table.expect(FEB, SUGGESTION_SOLVED_OR_SOLVING_RATE, "CITY", ratio(0, 1), "DEP2", ratio(0, 1));
    table.expect(Q1, SUGGESTION_SOLVED_OR_SOLVING_RATE, "CITY", ratio(2, 3), "DEP1", ratio(2, 2),
        "DEP2", ratio(0, 1));
  }
}
