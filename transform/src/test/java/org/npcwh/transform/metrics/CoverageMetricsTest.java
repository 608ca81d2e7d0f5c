package org.npcwh.transform.metrics;

import static org.npcwh.core.metric.Metric.AVG_DAILY_ONLINE_DEPUTIES;
import static org.npcwh.core.metric.Metric.COMMUNITY_STATION_COVERAGE;
import static org.npcwh.core.metric.Metric.DEPUTY_ENGAGEMENT_RATE;
import static org.npcwh.core.metric.Metric.HOMES_OPEN;
import static org.npcwh.core.metric.Metric.LEGISLATIVE_POINTS_OPEN;
import static org.npcwh.core.metric.Metric.ONLINE_STATION_COVERAGE;
import static org.npcwh.core.metric.Metric.POINTS_OPEN;
import static org.npcwh.core.metric.Metric.STATIONS_OPEN;
import static org.npcwh.core.metric.Metric.STREET_HOME_COVERAGE;
import static org.npcwh.transform.testing.FixturePeriods.JAN;
import static org.npcwh.transform.testing.FixturePeriods.Q1;
import static org.npcwh.transform.testing.MetricTable.Figure.count;
import static org.npcwh.transform.testing.MetricTable.Figure.ratio;
import static org.npcwh.transform.testing.RawFixture.d;
import static org.npcwh.transform.testing.RawFixture.list;
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
 * Coverage on the {@link CityFixture} city. Open at 2023-01-31: H1, H2 (opens that day), ST1, ST2, P1;
 * not H3 (closes that day) nor P2 (opens 02-01). At 2023-03-31 also P2.
 */
class CoverageMetricsTest {
  private static MetricTable table;

  @BeforeAll
  static void compute() {
    RawFixture f = CityFixture.create();
    f.batch(SourceDataset.ACTIVITIES, "act-1", "2023-01-21 08:00:00", DeliveryMode.INCREMENTAL)
        // an older version of A2, replaced by the one below: its January date and deputies must not count
        .row("A2", "ST2", "RECEPTION", d("2023-01-20"), list("DP3"), 5L, 1L, ts("2023-01-20 18:00:00"));
    f.batch(SourceDataset.ACTIVITIES, "act-2", "2023-03-01 08:00:00", DeliveryMode.INCREMENTAL)
        .row("A1", "ST1", "RECEPTION", d("2023-01-31"), list("DP1", "DP2"), 12L, 3L, ts("2023-01-31 20:00:00"))
        .row("A2", "ST2", "SURVEY", d("2023-02-01"), list("DP3", "DP4"), 0L, 2L, ts("2023-02-01 09:00:00"))
        .row("A3", "P1", "DELIBERATION", d("2023-01-10"), list("DP1", "DP1"), 4L, 0L, ts("2023-01-10 12:00:00"));
    f.batch(SourceDataset.DUTY_ROSTER, "duty-1", "2023-01-06 08:00:00", DeliveryMode.INCREMENTAL)
        .row("DP1", d("2023-01-05"), "ST2", ts("2023-01-04 09:00:00"));
    f.batch(SourceDataset.DUTY_ROSTER, "duty-2", "2023-03-01 08:00:00", DeliveryMode.INCREMENTAL)
        .row("DP1", d("2023-01-31"), "ST1", ts("2023-01-30 09:00:00"))
        .row("DP3", d("2023-01-31"), "ST2", ts("2023-01-30 09:00:00"))
        .row("DP1", d("2023-01-05"), "P1", ts("2023-01-05 09:00:00"))
        .row("DP1", d("2023-02-01"), "ST1", ts("2023-01-30 09:00:00"));
    table = MetricTable.compute(SharedSpark.get(), f,
        Period.month(YearMonth.of(2023, 1)), Period.quarter(2023, 1));
  }

  @Test
  void platformsOpenAtPeriodEndCountOpeningButNotClosingOnTheLastDay() {
    table.expect(JAN, HOMES_OPEN, "CITY", count(2), "D1", count(1), "D2", count(1), "D3", count(0));
    table.expect(JAN, STATIONS_OPEN, "CITY", count(2), "D1", count(1), "D2", count(1), "D3", count(0));
    table.expect(JAN, POINTS_OPEN, "CITY", count(1), "D1", count(1), "D2", count(0));
    table.expect(Q1, POINTS_OPEN, "CITY", count(2), "D1", count(2), "D2", count(0));
  }

  @Test
  void legislativePointsNeedTheirLegislativeSinceDate() {
    table.expect(JAN, LEGISLATIVE_POINTS_OPEN, "CITY", count(2), "D1", count(2), "D2", count(0), "D3", count(0));
    table.expect(Q1, LEGISLATIVE_POINTS_OPEN, "CITY", count(3), "D1", count(2), "D2", count(1));
  }

  @Test
  void streetAndCommunityCoverageWithNullWhereADistrictHasNone() {
    table.expect(JAN, STREET_HOME_COVERAGE, "CITY", ratio(2, 3), "D1", ratio(1, 2), "D2", ratio(1, 1),
        "D3", ratio(0, 0));
    table.expect(JAN, COMMUNITY_STATION_COVERAGE, "CITY", ratio(3, 3), "D1", ratio(2, 2), "D2", ratio(1, 1),
        "D3", ratio(0, 0));
  }

  @Test
  void onlineStationCoverage() {
    table.expect(JAN, ONLINE_STATION_COVERAGE, "CITY", ratio(1, 2), "D1", ratio(1, 1), "D2", ratio(0, 1),
        "D3", ratio(0, 0));
    table.expect(Q1, ONLINE_STATION_COVERAGE, "CITY", ratio(2, 2), "D2", ratio(1, 1));
  }

  @Test
  void engagementCountsDeputiesServingAtPeriodEndIncludingTermEndingThatDay() {
    // Jan: serving DP1 (engaged in A1, A3) and DP3 (term_end = P.end; only in A2, now held in Feb).
    table.expect(JAN, DEPUTY_ENGAGEMENT_RATE, "CITY", ratio(1, 2), "D1", ratio(1, 1), "D2", ratio(0, 1),
        "D3", ratio(0, 0));
    // Q1: serving DP1 and DP4; both named in an activity held in Q1.
    table.expect(Q1, DEPUTY_ENGAGEMENT_RATE, "CITY", ratio(2, 2), "D1", ratio(1, 1), "D2", ratio(1, 1));
  }

  @Test
  void dailyOnlineDeputiesDivideByDaysEvenWhereNobodyWasOnDuty() {
    // (DP1, 01-05) counts once, at its latest platform P1 (D1).
    table.expect(JAN, AVG_DAILY_ONLINE_DEPUTIES, "CITY", ratio(3, 31), "D1", ratio(2, 31), "D2", ratio(1, 31),
        "D3", ratio(0, 31));
    table.expect(Q1, AVG_DAILY_ONLINE_DEPUTIES, "CITY", ratio(4, 90), "D1", ratio(3, 90), "D2", ratio(1, 90));
  }
}
