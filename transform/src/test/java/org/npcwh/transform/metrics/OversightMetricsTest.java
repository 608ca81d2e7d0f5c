package org.npcwh.transform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npcwh.core.metric.Metric.DEPARTMENTS_ASSESSED_UNSATISFIED;
import static org.npcwh.core.metric.Metric.DEPARTMENT_ASSESSMENT_SATISFACTION_RATE;
import static org.npcwh.core.metric.Metric.FACE_TO_FACE_SESSIONS;
import static org.npcwh.core.metric.Metric.OVERSIGHT_ISSUES_OPEN;
import static org.npcwh.core.metric.Metric.OVERSIGHT_ISSUE_MEDIAN_DAYS;
import static org.npcwh.transform.testing.FixturePeriods.FEB;
import static org.npcwh.transform.testing.FixturePeriods.JAN;
import static org.npcwh.transform.testing.FixturePeriods.MAR;
import static org.npcwh.transform.testing.FixturePeriods.Q1;
import static org.npcwh.transform.testing.MetricTable.Figure.count;
import static org.npcwh.transform.testing.MetricTable.Figure.median;
import static org.npcwh.transform.testing.MetricTable.Figure.ratio;
import static org.npcwh.transform.testing.RawFixture.d;
import static org.npcwh.transform.testing.RawFixture.ts;

import java.time.YearMonth;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.period.Period;
import org.npcwh.transform.conform.ConformedModel;
import org.npcwh.transform.current.CurrentState;
import org.npcwh.transform.testing.CityFixture;
import org.npcwh.transform.testing.MetricTable;
import org.npcwh.transform.testing.RawFixture;
import org.npcwh.transform.testing.SharedSpark;

/**
 * Oversight on the {@link CityFixture} city (departments DEP1, DEP2, DEP3). Sessions: OS1 FACE_TO_FACE DEP1
 * 01-10 · OS2 FACE_TO_FACE DEP2 02-28 · OS3 HEARING DEP1 01-20 · OS4 PERFORMANCE_REPORT DEP1 02-15 · OS5
 * FACE_TO_FACE DEP1 first delivered for 03-31, its latest version moved to 04-02 (not in Q1).
 * Issues (department of the issue row; raised → resolved, days):
 * <pre>
 * I1 DEP1 01-10 → 01-20   10 d      I4 DEP2 01-10 → 03-01   50 d (raised at DEP1's session OS1)
 * I2 DEP1 01-10 → 02-09   30 d      I5 DEP1 2022-12-01 → 01-31   61 d
 * I3 DEP2 02-28 → open              I6 DEP1 03-31 → 03-31    0 d
 * </pre>
 * Assessments (satisfied / basically / unsatisfied → verdict):
 * <pre>
 * A3 DEP2 01-05  0 / 0 / 0  → UNSATISFIED (no votes)     A1 DEP1 02-15 10 / 5 / 5 → BASICALLY (10 is not > 20/2)
 * A6 DEP3 01-15  0 / 0 / 3  → UNSATISFIED                A2 DEP1 02-20  2 / 2 / 6 → UNSATISFIED (DEP1's latest in Feb)
 * A4 DEP2 03-10  8 / 1 / 1  → SATISFIED                  A7 DEP3 03-20  3 / 0 / 0 → SATISFIED
 * A5 DEP2 03-10  1 / 1 / 8  → UNSATISFIED: same day as A4, larger id, so DEP2's latest
 * </pre>
 */
class OversightMetricsTest {
  private static RawFixture fixture;
  private static MetricTable table;

  @BeforeAll
  static void compute() {
    fixture = CityFixture.create();
    fixture.batch(SourceDataset.OVERSIGHT_SESSIONS)
        .row("OS1", "FACE_TO_FACE", "DEP1", d("2023-01-10"), 30L, ts("2023-01-10 18:00:00"))
        .row("OS2", "FACE_TO_FACE", "DEP2", d("2023-02-28"), 25L, ts("2023-02-28 18:00:00"))
        .row("OS3", "HEARING", "DEP1", d("2023-01-20"), 40L, ts("2023-01-20 18:00:00"))
        .row("OS4", "PERFORMANCE_REPORT", "DEP1", d("2023-02-15"), 60L, ts("2023-02-15 18:00:00"))
        .row("OS5", "FACE_TO_FACE", "DEP1", d("2023-03-31"), 20L, ts("2023-03-01 09:00:00"))
        .row("OS5", "FACE_TO_FACE", "DEP1", d("2023-04-02"), 20L, ts("2023-03-20 09:00:00"));
    fixture.batch(SourceDataset.OVERSIGHT_ISSUES)
        .row("I1", "OS1", "DEP1", d("2023-01-10"), d("2023-01-20"), ts("2023-01-20 09:00:00"))
        .row("I2", "OS1", "DEP1", d("2023-01-10"), d("2023-02-09"), ts("2023-02-09 09:00:00"))
        .row("I3", "OS2", "DEP2", d("2023-02-28"), null, ts("2023-02-28 09:00:00"))
        .row("I4", "OS1", "DEP2", d("2023-01-10"), d("2023-03-01"), ts("2023-03-01 09:00:00"))
        .row("I5", "OS3", "DEP1", d("2022-12-01"), d("2023-01-31"), ts("2023-01-31 09:00:00"))
        .row("I6", "OS3", "DEP1", d("2023-03-31"), d("2023-03-31"), ts("2023-03-31 09:00:00"));
    fixture.batch(SourceDataset.DEPARTMENT_ASSESSMENTS)
        .row("A1", "DEP1", "OS4", d("2023-02-15"), 10L, 5L, 5L, ts("2023-02-15 18:00:00"))
        .row("A2", "DEP1", null, d("2023-02-20"), 2L, 2L, 6L, ts("2023-02-20 18:00:00"))
        .row("A3", "DEP2", null, d("2023-01-05"), 0L, 0L, 0L, ts("2023-01-05 18:00:00"))
        .row("A4", "DEP2", null, d("2023-03-10"), 8L, 1L, 1L, ts("2023-03-10 18:00:00"))
        .row("A5", "DEP2", null, d("2023-03-10"), 1L, 1L, 8L, ts("2023-03-10 18:00:00"))
        .row("A6", "DEP3", null, d("2023-01-15"), 0L, 0L, 3L, ts("2023-01-15 18:00:00"))
        .row("A7", "DEP3", null, d("2023-03-20"), 3L, 0L, 0L, ts("2023-03-20 18:00:00"));
    table = MetricTable.compute(SharedSpark.get(), fixture, Period.month(YearMonth.of(2023, 1)),
        Period.month(YearMonth.of(2023, 2)), Period.month(YearMonth.of(2023, 3)), Period.quarter(2023, 1));
  }

  @Test
  void faceToFaceSessionsByTheirLatestDateOnly() {
    table.expect(JAN, FACE_TO_FACE_SESSIONS, "CITY", count(1), "DEP1", count(1), "DEP2", count(0), "DEP3", count(0));
    table.expect(FEB, FACE_TO_FACE_SESSIONS, "CITY", count(1), "DEP1", count(0), "DEP2", count(1));
    table.expect(MAR, FACE_TO_FACE_SESSIONS, "CITY", count(0), "DEP1", count(0));
    table.expect(Q1, FACE_TO_FACE_SESSIONS, "CITY", count(2), "DEP1", count(1), "DEP2", count(1));
  }

  @Test
  void issuesOpenAtPeriodEndByTheIssuesOwnDepartment() {
    // Jan 31: I2, I4 (I5 resolved on the 31st); Feb 28: I3 raised that day, I4; Mar 31: I3 (I6 solved same day).
    table.expect(JAN, OVERSIGHT_ISSUES_OPEN, "CITY", count(2), "DEP1", count(1), "DEP2", count(1), "DEP3", count(0));
    table.expect(FEB, OVERSIGHT_ISSUES_OPEN, "CITY", count(2), "DEP1", count(0), "DEP2", count(2));
    table.expect(MAR, OVERSIGHT_ISSUES_OPEN, "CITY", count(1), "DEP1", count(0), "DEP2", count(1));
    table.expect(Q1, OVERSIGHT_ISSUES_OPEN, "CITY", count(1), "DEP2", count(1));
  }

  @Test
  void medianDaysOverIssuesResolvedInThePeriod() {
    table.expect(JAN, OVERSIGHT_ISSUE_MEDIAN_DAYS, "CITY", median(35.5, 2), "DEP1", median(35.5, 2),
        "DEP2", median(null, 0));
    table.expect(FEB, OVERSIGHT_ISSUE_MEDIAN_DAYS, "CITY", median(30.0, 1), "DEP1", median(30.0, 1));
    table.expect(MAR, OVERSIGHT_ISSUE_MEDIAN_DAYS, "CITY", median(25.0, 2), "DEP1", median(0.0, 1),
        "DEP2", median(50.0, 1));
    // Q1: 0, 10, 30, 50, 61 → 30; DEP1: 0, 10, 30, 61 → (10 + 30) / 2 = 20.
    table.expect(Q1, OVERSIGHT_ISSUE_MEDIAN_DAYS, "CITY", median(30.0, 5), "DEP1", median(20.0, 4),
        "DEP2", median(50.0, 1), "DEP3", median(null, 0));
  }

  @Test
  void satisfactionIsARatioOfVoteSumsAndNullWithoutVotes() {
    // Jan: A3 0/0 + A6 0/3. Feb: A1 15/20 + A2 4/10. Mar: A4 9/10 + A5 2/10 + A7 3/3.
    table.expect(JAN, DEPARTMENT_ASSESSMENT_SATISFACTION_RATE, "CITY", ratio(0, 3), "DEP2", ratio(0, 0),
        "DEP3", ratio(0, 3), "DEP1", ratio(0, 0));
    table.expect(FEB, DEPARTMENT_ASSESSMENT_SATISFACTION_RATE, "CITY", ratio(19, 30), "DEP1", ratio(19, 30));
    table.expect(MAR, DEPARTMENT_ASSESSMENT_SATISFACTION_RATE, "CITY", ratio(14, 23), "DEP2", ratio(11, 20),
        "DEP3", ratio(3, 3));
    table.expect(Q1, DEPARTMENT_ASSESSMENT_SATISFACTION_RATE, "CITY", ratio(33, 56), "DEP1", ratio(19, 30),
        "DEP2", ratio(11, 20), "DEP3", ratio(3, 6));
  }

  @Test
  void aDepartmentCountsByItsLatestAssessmentInThePeriod() {
    // Jan: DEP2 (A3, no votes) and DEP3 (A6). Feb: DEP1's latest is A2. Mar: DEP2's latest is A5 (tie on the
    // date, larger id); DEP3's A7 is satisfied. Q1: DEP1 (A2), DEP2 (A5); DEP3's latest A7 is satisfied.
    table.expect(JAN, DEPARTMENTS_ASSESSED_UNSATISFIED, "CITY", count(2));
    table.expect(FEB, DEPARTMENTS_ASSESSED_UNSATISFIED, "CITY", count(1));
    table.expect(MAR, DEPARTMENTS_ASSESSED_UNSATISFIED, "CITY", count(1));
    table.expect(Q1, DEPARTMENTS_ASSESSED_UNSATISFIED, "CITY", count(2));
  }

  @Test
  void eachAssessmentCarriesItsVerdict() {
    ConformedModel model = ConformedModel.of(CurrentState.of(fixture.build(SharedSpark.get())));
    assertThat(model.table("fct_assessment").orderBy("assessment_id").select("assessment_id", "votes_total", "verdict")
        .collectAsList()).map(Row::toString).containsExactly("[A1,20,BASICALLY_SATISFIED]", "[A2,10,UNSATISFIED]",
            "[A3,0,UNSATISFIED]", "[A4,10,SATISFIED]", "[A5,10,UNSATISFIED]", "[A6,3,UNSATISFIED]", "[A7,3,SATISFIED]");
  }
}
