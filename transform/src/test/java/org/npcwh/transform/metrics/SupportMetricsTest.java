package org.npcwh.transform.metrics;

import static org.npcwh.core.metric.Metric.COMMITMENTS_DUE;
import static org.npcwh.core.metric.Metric.COMMITMENTS_OVERDUE;
import static org.npcwh.core.metric.Metric.COMMITMENT_FULFILLED_RATE;
import static org.npcwh.core.metric.Metric.STATIONS_WITH_FULLTIME_LIAISON_RATE;
import static org.npcwh.core.metric.Metric.STATION_FUNDING_AVG;
import static org.npcwh.transform.testing.FixturePeriods.FEB;
import static org.npcwh.transform.testing.FixturePeriods.JAN;
import static org.npcwh.transform.testing.FixturePeriods.MAR;
import static org.npcwh.transform.testing.FixturePeriods.Q1;
import static org.npcwh.transform.testing.MetricTable.Figure.count;
import static org.npcwh.transform.testing.MetricTable.Figure.ratio;
import static org.npcwh.transform.testing.RawFixture.d;
import static org.npcwh.transform.testing.RawFixture.dec;
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
 * Station support and commitments on the {@link CityFixture} city (stations ST1 in D1 and ST2 in D2, both
 * open since 2021). station_resources (full-time liaisons, funding 万元): ST1 2023 1, 1.20 · ST1 2022 0, 0.80
 * · ST2 2022 2, 1.00 (no 2023 row) · H1 2023 3, 9.00 (a HOME: never counted).
 * Replies with their commitment due date and checks (checked_on status):
 * <pre>
 * R1 DEP1 due 01-31   C1 01-20 IN_PROGRESS, C2 01-31 FULFILLED
 * R2 DEP2 due 02-15   no check, and no commitment text (still due)
 * R3 DEP1 due 02-28   C3 02-10 FULFILLED, C4 03-05 NOT_FULFILLED (not known at Feb 28)
 * R4 DEP1 due 2022-12-31   C7 first delivered as 01-05 FULFILLED, corrected in a later batch to 02-05
 * R5 DEP2 no due date (never counts)
 * R6 DEP1 due 03-15   C5 03-15 FULFILLED, C6 03-15 IN_PROGRESS: same day, C6 is the latest
 * </pre>
 */
class SupportMetricsTest {
  private static MetricTable table;

  @BeforeAll
  static void compute() {
    RawFixture fixture = CityFixture.create();
    fixture.batch(SourceDataset.STATION_RESOURCES)
        .row("ST1", 2023L, 1L, 2L, 5L, dec("1.20"))
        .row("ST1", 2022L, 0L, 1L, 3L, dec("0.80"))
        .row("ST2", 2022L, 2L, 0L, 0L, dec("1.00"))
        .row("H1", 2023L, 3L, 0L, 0L, dec("9.00"));
    fixture.batch(SourceDataset.SUGGESTIONS)
        .row("S1", "7-3", "DP1", 0L, "旧改", "住房", d("2022-11-01"), d("2022-11-30"), "DEP1", list("DEP2"), false,
            false, ts("2022-11-30 09:00:00"))
        .row("S2", "7-3", "DP3", 0L, "学位", "教育", d("2022-08-20"), d("2022-08-31"), "DEP1", list("DEP2"), false,
            false, ts("2022-08-31 09:00:00"));
    fixture.batch(SourceDataset.SUGGESTION_REPLIES)
        .row("R1", "S1", "DEP1", 1L, d("2022-12-20"), "B", "年内完成", d("2023-01-31"), ts("2022-12-20 09:00:00"))
        .row("R2", "S1", "DEP2", 1L, d("2022-12-21"), "B", null, d("2023-02-15"), ts("2022-12-21 09:00:00"))
        .row("R3", "S2", "DEP1", 1L, d("2022-11-20"), "B", "二月完成", d("2023-02-28"), ts("2022-11-20 09:00:00"))
        .row("R4", "S2", "DEP1", 2L, d("2022-11-25"), "B", "年底完成", d("2022-12-31"), ts("2022-11-25 09:00:00"))
        .row("R5", "S2", "DEP2", 1L, d("2022-11-26"), "C", null, null, ts("2022-11-26 09:00:00"))
        .row("R6", "S1", "DEP1", 2L, d("2023-01-02"), "B", "三月完成", d("2023-03-15"), ts("2023-01-02 09:00:00"));
    fixture.batch(SourceDataset.COMMITMENT_CHECKS)
        .row("C1", "R1", d("2023-01-20"), "IN_PROGRESS", ts("2023-01-20 09:00:00"))
        .row("C2", "R1", d("2023-01-31"), "FULFILLED", ts("2023-01-31 09:00:00"))
        .row("C3", "R3", d("2023-02-10"), "FULFILLED", ts("2023-02-10 09:00:00"))
        .row("C4", "R3", d("2023-03-05"), "NOT_FULFILLED", ts("2023-03-05 09:00:00"))
        .row("C5", "R6", d("2023-03-15"), "FULFILLED", ts("2023-03-15 09:00:00"))
        .row("C6", "R6", d("2023-03-15"), "IN_PROGRESS", ts("2023-03-15 10:00:00"))
        .row("C7", "R4", d("2023-01-05"), "FULFILLED", ts("2023-01-05 09:00:00"));
    fixture.batch(SourceDataset.COMMITMENT_CHECKS, "commitment_checks-2", "2023-07-01 12:00:00",
            DeliveryMode.INCREMENTAL)
        .row("C7", "R4", d("2023-02-05"), "FULFILLED", ts("2023-02-06 09:00:00"));
    table = MetricTable.compute(SharedSpark.get(), fixture, Period.month(YearMonth.of(2023, 1)),
        Period.month(YearMonth.of(2023, 2)), Period.month(YearMonth.of(2023, 3)), Period.quarter(2023, 1),
        Period.year(2022));
  }

  @Test
  void stationsAreStaffedByTheirRowForTheYearOfThePeriodEnd() {
    for (String period : new String[] {JAN, Q1}) {
      // 2023: ST1 has one full-time liaison; ST2 has no 2023 row (not staffed); H1 is no station.
      table.expect(period, STATIONS_WITH_FULLTIME_LIAISON_RATE, "CITY", ratio(1, 2), "D1", ratio(1, 1),
          "D2", ratio(0, 1), "D3", ratio(0, 0));
    }
    table.expect("2022", STATIONS_WITH_FULLTIME_LIAISON_RATE, "CITY", ratio(1, 2), "D1", ratio(0, 1),
        "D2", ratio(1, 1));
  }

  @Test
  void fundingIsAveragedOverStationsWithARowOnly() {
    table.expect(MAR, STATION_FUNDING_AVG, "CITY", ratio(1.2, 1), "D1", ratio(1.2, 1), "D2", ratio(0, 0),
        "D3", ratio(0, 0));
    table.expect("2022", STATION_FUNDING_AVG, "CITY", ratio(1.8, 2), "D1", ratio(0.8, 1), "D2", ratio(1.0, 1));
  }

  @Test
  void commitmentsDueWithOrWithoutCommitmentText() {
    table.expect(JAN, COMMITMENTS_DUE, "CITY", count(1), "DEP1", count(1), "DEP2", count(0), "DEP3", count(0));
    table.expect(FEB, COMMITMENTS_DUE, "CITY", count(2), "DEP1", count(1), "DEP2", count(1));
    table.expect(MAR, COMMITMENTS_DUE, "CITY", count(1), "DEP1", count(1), "DEP2", count(0));
    table.expect(Q1, COMMITMENTS_DUE, "CITY", count(4), "DEP1", count(3), "DEP2", count(1));
  }

  @Test
  void fulfilledByTheLatestCheckKnownAtThePeriodEnd() {
    // Jan: R1's C2 (01-31) counts on the last day. Feb: R3's C3, C4 is dated after Feb 28. Mar: R6's latest
    // is C6 (same day as C5, larger id). Q1 (end 03-31): R1 yes; R2 none; R3 now C4 NOT_FULFILLED; R6 no.
    table.expect(JAN, COMMITMENT_FULFILLED_RATE, "CITY", ratio(1, 1), "DEP1", ratio(1, 1), "DEP2", ratio(0, 0));
    table.expect(FEB, COMMITMENT_FULFILLED_RATE, "CITY", ratio(1, 2), "DEP1", ratio(1, 1), "DEP2", ratio(0, 1));
    table.expect(MAR, COMMITMENT_FULFILLED_RATE, "CITY", ratio(0, 1), "DEP1", ratio(0, 1));
    table.expect(Q1, COMMITMENT_FULFILLED_RATE, "CITY", ratio(1, 4), "DEP1", ratio(1, 3), "DEP2", ratio(0, 1));
  }

  @Test
  void overdueUntilAKnownCheckSaysFulfilledTakingEachCheckAtItsLatestVersion() {
    // Jan 31: R4 (C7's current date 02-05 is after Jan 31; R1 is due on the 31st, not before). Feb 28: R2 (R4
    // fulfilled on 02-05, R1 on 01-31; R3 is due on the 28th). Mar 31: R2, R3 (C4), R6 (C6).
    table.expect(JAN, COMMITMENTS_OVERDUE, "CITY", count(1), "DEP1", count(1), "DEP2", count(0));
    table.expect(FEB, COMMITMENTS_OVERDUE, "CITY", count(1), "DEP1", count(0), "DEP2", count(1));
    table.expect(MAR, COMMITMENTS_OVERDUE, "CITY", count(3), "DEP1", count(2), "DEP2", count(1), "DEP3", count(0));
    table.expect(Q1, COMMITMENTS_OVERDUE, "CITY", count(3), "DEP1", count(2), "DEP2", count(1));
    table.expect("2022", COMMITMENTS_OVERDUE, "CITY", count(0));
  }
}
