package org.npcwh.transform.metrics;

import static org.npcwh.core.metric.Metric.MICRO_PROJECTS_SELECTED;
import static org.npcwh.core.metric.Metric.MICRO_PROJECT_COMPLETION_RATE;
import static org.npcwh.core.metric.Metric.STREET_VOTER_MEETING_COVERAGE;
import static org.npcwh.core.metric.Metric.VOTER_MEETING_ITEMS_SELECTED;
import static org.npcwh.transform.testing.FixturePeriods.FEB;
import static org.npcwh.transform.testing.FixturePeriods.JAN;
import static org.npcwh.transform.testing.FixturePeriods.MAR;
import static org.npcwh.transform.testing.FixturePeriods.Q1;
import static org.npcwh.transform.testing.MetricTable.Figure.count;
import static org.npcwh.transform.testing.MetricTable.Figure.ratio;
import static org.npcwh.transform.testing.RawFixture.d;
import static org.npcwh.transform.testing.RawFixture.dec;
import static org.npcwh.transform.testing.RawFixture.ts;

import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.period.Period;
import org.npcwh.transform.testing.CityFixture;
import org.npcwh.transform.testing.MetricTable;
import org.npcwh.transform.testing.RawFixture;
import org.npcwh.transform.testing.SharedSpark;

/**
 * Street voter meetings and micro livelihood projects on the {@link CityFixture} city (streets S11,
 * S12 in D1, S21 in D2; D3 has none).
 * <pre>
 * meetings  M1 S11 2022-11-10 selected 3 · M2 S11 2023-02-15 selected 2 · M3 S21 2023-01-20 selected 4
 *           M4 S21 2023-03-01 selected 1, re-versioned to 2 · M5 SX (no such street: held) 2023-01-05 selected 9
 * micro     MP1 D1 2023 selected, 100 (01-10) · MP2 D2 2023 selected, 40 (01-15) then 100 (02-20)
 *           MP3 D1 2023 not selected · MP4 D2 2022 selected, 100 (2022-06-01) · MP5 CITY level (not micro)
 *           MP6 2023 selected without district, 0 (03-05) · MP7 2023 selected at street S11, 100 (02-01)
 * </pre>
 */
class StreetWorkMetricsTest {
  private static final String Q2 = "2023-Q2";
  private static final String Y2022 = "2022";
  private static MetricTable table;

  @BeforeAll
  static void compute() {
    RawFixture f = CityFixture.create();
    f.batch(SourceDataset.VOTER_MEETINGS, "vm-1", "2023-03-02 08:00:00", DeliveryMode.INCREMENTAL)
        .row("M1", "S11", d("2022-11-10"), 40L, 5L, 4L, 3L, ts("2022-11-10 18:00:00"))
        .row("M2", "S11", d("2023-02-15"), 35L, 3L, 3L, 2L, ts("2023-02-15 18:00:00"))
        .row("M3", "S21", d("2023-01-20"), 50L, 6L, 5L, 4L, ts("2023-01-20 18:00:00"))
        .row("M4", "S21", d("2023-03-01"), 30L, 3L, 2L, 1L, ts("2023-03-01 18:00:00"))
        .row("M5", "SX", d("2023-01-05"), 30L, 9L, 9L, 9L, ts("2023-01-05 18:00:00"));
    f.batch(SourceDataset.VOTER_MEETINGS, "vm-2", "2023-03-05 08:00:00", DeliveryMode.INCREMENTAL)
        .row("M4", "S21", d("2023-03-01"), 30L, 3L, 2L, 2L, ts("2023-03-04 18:00:00"));
    f.batch(SourceDataset.LIVELIHOOD_PROJECTS)
        .row("MP1", "COMMUNITY", "D1", 2023L, "加装电梯", 30L, 40L, true, "DEP2", dec("20"), 100L, null,
            ts("2023-01-10 00:00:00"))
        .row("MP2", "COMMUNITY", "D2", 2023L, "社区食堂", 30L, 40L, true, "DEP2", dec("15"), 40L, null,
            ts("2023-01-15 00:00:00"))
        .row("MP2", "COMMUNITY", "D2", 2023L, "社区食堂", 30L, 40L, true, "DEP2", dec("15"), 100L, null,
            ts("2023-02-20 00:00:00"))
        .row("MP3", "COMMUNITY", "D1", 2023L, "候选", 5L, 40L, false, "DEP2", dec("5"), 0L, null,
            ts("2023-01-05 00:00:00"))
        .row("MP4", "COMMUNITY", "D2", 2022L, "去年", 30L, 40L, true, "DEP2", dec("5"), 100L, null,
            ts("2022-06-01 00:00:00"))
        .row("MP5", "CITY", null, 2023L, "市级", 800L, 1000L, true, "DEP1", dec("5000"), 100L, null,
            ts("2023-01-03 00:00:00"))
        .row("MP6", "COMMUNITY", null, 2023L, "无区", 30L, 40L, true, "DEP2", dec("5"), 0L, null,
            ts("2023-03-05 00:00:00"))
        .row("MP7", "COMMUNITY", "S11", 2023L, "街道", 30L, 40L, true, "DEP2", dec("5"), 100L, null,
            ts("2023-02-01 00:00:00"));
    table = MetricTable.compute(SharedSpark.get(), f, Period.month(YearMonth.of(2023, 1)),
        Period.month(YearMonth.of(2023, 2)), Period.month(YearMonth.of(2023, 3)), Period.quarter(2023, 1),
        Period.quarter(2023, 2), Period.year(2022));
  }

  @Test
  void streetsWithAMeetingInTheYearToDateOverAllStreets() {
    table.expect(JAN, STREET_VOTER_MEETING_COVERAGE, "CITY", ratio(1, 3), "D1", ratio(0, 2), "D2", ratio(1, 1),
        "D3", ratio(0, 0));
    // February's year to date holds M3 of January and M2.
    table.expect(FEB, STREET_VOTER_MEETING_COVERAGE, "CITY", ratio(2, 3), "D1", ratio(1, 2), "D2", ratio(1, 1));
    table.expect(Q1, STREET_VOTER_MEETING_COVERAGE, "CITY", ratio(2, 3));
    table.expect(Q2, STREET_VOTER_MEETING_COVERAGE, "CITY", ratio(2, 3));
    table.expect(Y2022, STREET_VOTER_MEETING_COVERAGE, "CITY", ratio(1, 3), "D1", ratio(1, 2), "D2", ratio(0, 1));
  }

  @Test
  void itemsSelectedAtMeetingsHeldInPeriodAtTheirLatestVersion() {
    table.expect(JAN, VOTER_MEETING_ITEMS_SELECTED, "CITY", count(4), "D1", count(0), "D2", count(4),
        "D3", count(0));
    table.expect(FEB, VOTER_MEETING_ITEMS_SELECTED, "CITY", count(2), "D1", count(2));
    table.expect(MAR, VOTER_MEETING_ITEMS_SELECTED, "CITY", count(2), "D2", count(2));
    table.expect(Q1, VOTER_MEETING_ITEMS_SELECTED, "CITY", count(8), "D1", count(2), "D2", count(6));
    table.expect(Q2, VOTER_MEETING_ITEMS_SELECTED, "CITY", count(0));
    table.expect(Y2022, VOTER_MEETING_ITEMS_SELECTED, "CITY", count(3), "D1", count(3));
  }

  @Test
  void microProjectsAsOfPeriodEndByTheirOwnDistrictCode() {
    // MP7 names a street, MP6 no district: both count for the city only.
    table.expect(JAN, MICRO_PROJECTS_SELECTED, "CITY", count(2), "D1", count(1), "D2", count(1), "D3", count(0));
    table.expect(FEB, MICRO_PROJECTS_SELECTED, "CITY", count(3), "D1", count(1), "D2", count(1));
    table.expect(MAR, MICRO_PROJECTS_SELECTED, "CITY", count(4));
    table.expect(Q1, MICRO_PROJECTS_SELECTED, "CITY", count(4));
    table.expect(Y2022, MICRO_PROJECTS_SELECTED, "CITY", count(1), "D2", count(1), "D1", count(0));
  }

  @Test
  void microProjectsCompletedAsOfPeriodEnd() {
    table.expect(JAN, MICRO_PROJECT_COMPLETION_RATE, "CITY", ratio(1, 2), "D1", ratio(1, 1), "D2", ratio(0, 1),
        "D3", ratio(0, 0));
    table.expect(FEB, MICRO_PROJECT_COMPLETION_RATE, "CITY", ratio(3, 3), "D2", ratio(1, 1));
    table.expect(MAR, MICRO_PROJECT_COMPLETION_RATE, "CITY", ratio(3, 4));
    table.expect(Y2022, MICRO_PROJECT_COMPLETION_RATE, "CITY", ratio(1, 1), "D2", ratio(1, 1));
  }
}
