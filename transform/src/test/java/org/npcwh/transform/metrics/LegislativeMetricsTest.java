package org.npcwh.transform.metrics;

import static org.npcwh.core.metric.Metric.DRAFTS_OPEN_FOR_COMMENT;
import static org.npcwh.core.metric.Metric.DRAFTS_WITH_OPINIONS;
import static org.npcwh.core.metric.Metric.LEGISLATIVE_POINT_ACTIVITY_RATE;
import static org.npcwh.core.metric.Metric.OPINIONS_RECEIVED;
import static org.npcwh.core.metric.Metric.OPINION_ADOPTION_RATE;
import static org.npcwh.transform.testing.FixturePeriods.FEB;
import static org.npcwh.transform.testing.FixturePeriods.JAN;
import static org.npcwh.transform.testing.FixturePeriods.MAR;
import static org.npcwh.transform.testing.FixturePeriods.Q1;
import static org.npcwh.transform.testing.MetricTable.Figure.count;
import static org.npcwh.transform.testing.MetricTable.Figure.ratio;
import static org.npcwh.transform.testing.RawFixture.d;
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
 * Legislative feedback. Drafts: DR1 [2022-12-01, 01-15], DR2 [01-31, 02-28], DR3 [03-01, open-ended],
 * DR4 all of 2022. Legislative points: ST1 (D1) and P1 (D1) all along, ST2 (D2) from 03-01.
 * <pre>
 * O1 DR1 ST1 01-05 ADOPTED 01-20 · O2 DR1 P1 01-06 NOT_ADOPTED 02-10 · O3 DR2 ST1 02-01 PENDING
 * O4 DR2 ST2 02-02 PARTIALLY_ADOPTED 03-03 · O5 DR1 ST1 01-07 PENDING
 * </pre>
 */
class LegislativeMetricsTest {
  private static MetricTable table;

  @BeforeAll
  static void compute() {
    RawFixture f = CityFixture.create();
    f.batch(SourceDataset.DRAFTS)
        .row("DR1", "物业管理条例", "MUNICIPAL_REGULATION", "REVIEW", d("2022-12-01"), d("2023-01-15"),
            ts("2022-12-01 09:00:00"))
        .row("DR2", "养老服务条例", "MUNICIPAL_REGULATION", "DRAFTING", d("2023-01-31"), d("2023-02-28"),
            ts("2023-01-31 09:00:00"))
        .row("DR3", "民法典修正案", "LAW", "RESEARCH", d("2023-03-01"), null, ts("2023-03-01 09:00:00"))
        .row("DR4", "旧条例", "OTHER", "EVALUATION", d("2022-01-01"), d("2022-12-31"), ts("2022-01-01 09:00:00"));
    f.batch(SourceDataset.OPINIONS)
        .row("O1", "DR1", "ST1", d("2023-01-05"), "第3条", "…", "ADOPTED", d("2023-01-20"), ts("2023-01-20 09:00:00"))
        .row("O2", "DR1", "P1", d("2023-01-06"), "第5条", "…", "NOT_ADOPTED", d("2023-02-10"),
            ts("2023-02-10 09:00:00"))
        .row("O3", "DR2", "ST1", d("2023-02-01"), "第1条", "…", "PENDING", null, ts("2023-02-01 09:00:00"))
        .row("O4", "DR2", "ST2", d("2023-02-02"), "第2条", "…", "PARTIALLY_ADOPTED", d("2023-03-03"),
            ts("2023-03-03 09:00:00"))
        .row("O5", "DR1", "ST1", d("2023-01-07"), "第9条", "…", "PENDING", null, ts("2023-01-07 09:00:00"));
    table = MetricTable.compute(SharedSpark.get(), f, Period.month(YearMonth.of(2023, 1)),
        Period.month(YearMonth.of(2023, 2)), Period.month(YearMonth.of(2023, 3)), Period.quarter(2023, 1));
  }

  @Test
  void draftsOpenWhenTheirWindowOverlapsThePeriod() {
    table.expect(JAN, DRAFTS_OPEN_FOR_COMMENT, "CITY", count(2));
    table.expect(FEB, DRAFTS_OPEN_FOR_COMMENT, "CITY", count(1));
    table.expect(MAR, DRAFTS_OPEN_FOR_COMMENT, "CITY", count(1));
    table.expect(Q1, DRAFTS_OPEN_FOR_COMMENT, "CITY", count(3));
  }

  @Test
  void opinionsAndTheDraftsTheyConcern() {
    table.expect(JAN, DRAFTS_WITH_OPINIONS, "CITY", count(1));
    table.expect(MAR, DRAFTS_WITH_OPINIONS, "CITY", count(0));
    table.expect(Q1, DRAFTS_WITH_OPINIONS, "CITY", count(2));
    table.expect(JAN, OPINIONS_RECEIVED, "CITY", count(3), "D1", count(3), "D2", count(0), "D3", count(0));
    table.expect(Q1, OPINIONS_RECEIVED, "CITY", count(5), "D1", count(4), "D2", count(1));
  }

  @Test
  void adoptionRateOverOpinionsDecidedInThePeriod() {
    table.expect(JAN, OPINION_ADOPTION_RATE, "CITY", ratio(1, 1));
    table.expect(FEB, OPINION_ADOPTION_RATE, "CITY", ratio(0, 1));
    table.expect(Q1, OPINION_ADOPTION_RATE, "CITY", ratio(2, 3));
  }

  @Test
  void activeLegislativePoints() {
    table.expect(JAN, LEGISLATIVE_POINT_ACTIVITY_RATE, "CITY", ratio(2, 2), "D1", ratio(2, 2), "D2", ratio(0, 0));
    // O4 at ST2 in February does not make ST2 active: it is not yet a legislative point at 02-28.
    table.expect(FEB, LEGISLATIVE_POINT_ACTIVITY_RATE, "CITY", ratio(1, 2), "D1", ratio(1, 2), "D2", ratio(0, 0));
    table.expect(MAR, LEGISLATIVE_POINT_ACTIVITY_RATE, "CITY", ratio(0, 3), "D2", ratio(0, 1));
    table.expect(Q1, LEGISLATIVE_POINT_ACTIVITY_RATE, "CITY", ratio(3, 3), "D1", ratio(2, 2), "D2", ratio(1, 1));
  }
}
