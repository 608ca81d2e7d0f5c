package org.npcwh.transform.metrics;

import static org.npcwh.core.metric.Metric.DEPUTIES_WITHOUT_DUTY;
import static org.npcwh.core.metric.Metric.DUTY_POINTS_AVG;
import static org.npcwh.core.metric.Metric.GROUPS_MEETING_DUTY_RATE;
import static org.npcwh.core.metric.Metric.GROUP_RESEARCH_REPORTS;
import static org.npcwh.core.metric.Metric.RECEPTION_MINIMUM_RATE;
import static org.npcwh.transform.testing.FixturePeriods.FEB;
import static org.npcwh.transform.testing.FixturePeriods.JAN;
import static org.npcwh.transform.testing.FixturePeriods.MAR;
import static org.npcwh.transform.testing.FixturePeriods.Q1;
import static org.npcwh.transform.testing.MetricTable.Figure.count;
import static org.npcwh.transform.testing.MetricTable.Figure.ratio;

import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.period.Period;
import org.npcwh.transform.testing.DutyFixture;
import org.npcwh.transform.testing.MetricTable;
import org.npcwh.transform.testing.SharedSpark;

/**
 * Deputies' duty on the {@link DutyFixture}. Serving at P.end: January DP1 (D1), DP3 (D2); February,
 * March, Q1, Q2, 2023 DP1 (D1), DP4 (D2); 2022 DP1, DP2 (D1), DP3 (D2).
 */
class DutyMetricsTest {
  private static final String Q2 = "2023-Q2";
  private static final String Y2022 = "2022";
  private static final String Y2023 = "2023";
  private static MetricTable table;

  @BeforeAll
  static void compute() {
    table = MetricTable.compute(SharedSpark.get(), DutyFixture.create(), Period.month(YearMonth.of(2023, 1)),
        Period.month(YearMonth.of(2023, 2)), Period.month(YearMonth.of(2023, 3)), Period.quarter(2023, 1),
        Period.quarter(2023, 2), Period.year(2022), Period.year(2023));
  }

  @Test
  void pointsOfServingDeputiesInPeriodOverServingDeputies() {
    // JAN: DP1 2 + 2 + 1 (DR04, DR08, DR05) = 5, DP3 3; DP2's DR25 does not count (term over 01-15).
    table.expect(JAN, DUTY_POINTS_AVG, "CITY", ratio(8, 2), "D1", ratio(5, 1), "D2", ratio(3, 1), "D3", ratio(0, 0));
    // FEB: DP1 TRAINING 1.5 + 0.5, RECEPTION at the cap; DP4 only the held OTHER record.
    table.expect(FEB, DUTY_POINTS_AVG, "CITY", ratio(2, 2), "D1", ratio(2, 1), "D2", ratio(0, 1));
    // MAR: DP1 SURVEY 3 (DR08 no longer here), DP4 RECEPTION 2.
    table.expect(MAR, DUTY_POINTS_AVG, "CITY", ratio(5, 2), "D1", ratio(3, 1), "D2", ratio(2, 1));
    // Q1: DP1 5 + 2 + 3 = 10, DP4 2; DP3's January points are not counted (not serving at 03-31).
    table.expect(Q1, DUTY_POINTS_AVG, "CITY", ratio(12, 2), "D1", ratio(10, 1), "D2", ratio(2, 1));
    table.expect(Q2, DUTY_POINTS_AVG, "CITY", ratio(0, 2));
    // 2022: DP1 2 + 2 + 1, DP2 2 + 2 + 1 + 0, DP3 nothing.
    table.expect(Y2022, DUTY_POINTS_AVG, "CITY", ratio(10, 3), "D1", ratio(10, 2), "D2", ratio(0, 1));
  }

  @Test
  void deputiesWithoutARecordInPeriodAlsoWhenTheirRecordIsHeldOrEarnsNothing() {
    table.expect(JAN, DEPUTIES_WITHOUT_DUTY, "CITY", count(0), "D1", count(0), "D2", count(0), "D3", count(0));
    // DP1's February RECEPTION records earn 0 points but are records; DP4's OTHER record is held.
    table.expect(FEB, DEPUTIES_WITHOUT_DUTY, "CITY", count(1), "D1", count(0), "D2", count(1));
    table.expect(MAR, DEPUTIES_WITHOUT_DUTY, "CITY", count(0));
    table.expect(Q2, DEPUTIES_WITHOUT_DUTY, "CITY", count(2), "D1", count(1), "D2", count(1));
    table.expect(Y2022, DEPUTIES_WITHOUT_DUTY, "CITY", count(1), "D1", count(0), "D2", count(1));
  }

  @Test
  void receptionMinimumCountsTheYearToDateOfThePeriodEnd() {
    // DP1 in 2023: 3 receptions in January, 5 from February on (a record earning 0 points still counts).
    table.expect(JAN, RECEPTION_MINIMUM_RATE, "CITY", ratio(0, 2), "D1", ratio(0, 1), "D2", ratio(0, 1),
        "D3", ratio(0, 0));
    table.expect(FEB, RECEPTION_MINIMUM_RATE, "CITY", ratio(1, 2), "D1", ratio(1, 1), "D2", ratio(0, 1));
    table.expect(Q1, RECEPTION_MINIMUM_RATE, "CITY", ratio(1, 2));
    // Q2 has no reception, but its year to date (January to June) has DP1's five.
    table.expect(Q2, RECEPTION_MINIMUM_RATE, "CITY", ratio(1, 2), "D1", ratio(1, 1));
    table.expect(Y2023, RECEPTION_MINIMUM_RATE, "CITY", ratio(1, 2));
    // 2022: DP2 four (one earning 0 points); DP1 only three, in December.
    table.expect(Y2022, RECEPTION_MINIMUM_RATE, "CITY", ratio(1, 3), "D1", ratio(1, 2), "D2", ratio(0, 1));
  }

  @Test
  void groupsActiveAtPeriodEndWithAReportAndASupervisedSuggestionInTheYearToDate() {
    // JAN: only G1 active (G3 dissolved on 01-31); its report O1 is of 2022.
    table.expect(JAN, GROUPS_MEETING_DUTY_RATE, "CITY", ratio(0, 1));
    // FEB: G1 has O3 and O2 (January: year to date); G2 a report only.
    table.expect(FEB, GROUPS_MEETING_DUTY_RATE, "CITY", ratio(1, 2));
    table.expect(MAR, GROUPS_MEETING_DUTY_RATE, "CITY", ratio(2, 2));
    table.expect(Q2, GROUPS_MEETING_DUTY_RATE, "CITY", ratio(2, 2));
    // 2022: G1 (report, no suggestion) and G3 (nothing) active at 12-31; G4 never formed.
    table.expect(Y2022, GROUPS_MEETING_DUTY_RATE, "CITY", ratio(0, 2));
  }

  @Test
  void researchReportsDeliveredInPeriodOfKnownGroups() {
    table.expect(JAN, GROUP_RESEARCH_REPORTS, "CITY", count(1));
    table.expect(FEB, GROUP_RESEARCH_REPORTS, "CITY", count(2));
    table.expect(MAR, GROUP_RESEARCH_REPORTS, "CITY", count(0));
    table.expect(Q1, GROUP_RESEARCH_REPORTS, "CITY", count(3));
    table.expect(Y2022, GROUP_RESEARCH_REPORTS, "CITY", count(1));
  }
}
