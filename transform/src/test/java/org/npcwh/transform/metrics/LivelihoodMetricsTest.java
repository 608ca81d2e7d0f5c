package org.npcwh.transform.metrics;

import static org.npcwh.core.metric.Metric.LIVELIHOOD_COMPLETION_RATE;
import static org.npcwh.core.metric.Metric.LIVELIHOOD_PROJECTS_SELECTED;
import static org.npcwh.core.metric.Metric.LIVELIHOOD_SATISFACTION_AVG;
import static org.npcwh.transform.testing.FixturePeriods.FEB;
import static org.npcwh.transform.testing.FixturePeriods.JAN;
import static org.npcwh.transform.testing.FixturePeriods.MAR;
import static org.npcwh.transform.testing.FixturePeriods.Q1;
import static org.npcwh.transform.testing.MetricTable.Figure.count;
import static org.npcwh.transform.testing.MetricTable.Figure.ratio;
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
 * Livelihood projects as they stood at each period end. Versions (updated_at: progress, satisfaction):
 * <pre>
 * LP1 CITY 2023 selected: 01-10 40/— · 01-31 23:59:59 100/90.5 · 02-01 00:00:00 100/80
 * LP2 CITY 2023 selected: 02-15 10/—                     (nothing as of January)
 * LP3 DISTRICT D1 2023 selected: 01-05 100/70
 * LP4 DISTRICT D1 2023 not selected                       (a candidate)
 * LP5 CITY 2022 selected                                  (not the year of P.end)
 * LP6 COMMUNITY D2 2023 selected                          (民生微实事: neither city nor district)
 * LP7 DISTRICT D2 2023: 01-20 selected 50 · 03-10 deselected
 * LP8 DISTRICT D2 2023: two versions at 01-25 10:00, progress 20 in batch "z-early" (extracted 01-26) and
 *     100 in batch "a-late" (extracted 01-27): the later extraction wins although its batch id sorts first
 * </pre>
 */
class LivelihoodMetricsTest {
  private static final String Y2022 = "2022";
  private static MetricTable table;

  @BeforeAll
  static void compute() {
    RawFixture f = CityFixture.create();
    f.batch(SourceDataset.LIVELIHOOD_PROJECTS, "z-early", "2023-01-26 08:00:00", DeliveryMode.INCREMENTAL)
        .row("LP1", "CITY", null, 2023L, "学位建设", 900L, 1000L, true, "DEP1", dec("5000"), 40L, null,
            ts("2023-01-10 00:00:00"))
        .row("LP3", "DISTRICT", "D1", 2023L, "公园改造", 80L, 100L, true, "DEP2", dec("300"), 100L, dec("70"),
            ts("2023-01-05 00:00:00"))
        .row("LP4", "DISTRICT", "D1", 2023L, "候选项目", 10L, 100L, false, "DEP2", dec("100"), 0L, null,
            ts("2023-01-05 00:00:00"))
        .row("LP5", "CITY", null, 2022L, "去年项目", 800L, 1000L, true, "DEP1", dec("100"), 100L, dec("60"),
            ts("2023-01-03 00:00:00"))
        .row("LP6", "COMMUNITY", "D2", 2023L, "微实事", 30L, 40L, true, "DEP2", dec("10"), 100L, dec("99"),
            ts("2023-01-03 00:00:00"))
        .row("LP7", "DISTRICT", "D2", 2023L, "道路", 60L, 100L, true, "DEP2", dec("200"), 50L, null,
            ts("2023-01-20 00:00:00"))
        .row("LP8", "DISTRICT", "D2", 2023L, "菜市场", 70L, 100L, true, "DEP2", dec("50"), 20L, null,
            ts("2023-01-25 10:00:00"));
    f.batch(SourceDataset.LIVELIHOOD_PROJECTS, "a-late", "2023-01-27 08:00:00", DeliveryMode.INCREMENTAL)
        .row("LP8", "DISTRICT", "D2", 2023L, "菜市场", 70L, 100L, true, "DEP2", dec("50"), 100L, null,
            ts("2023-01-25 10:00:00"));
    f.batch(SourceDataset.LIVELIHOOD_PROJECTS, "later", "2023-03-11 08:00:00", DeliveryMode.INCREMENTAL)
        .row("LP1", "CITY", null, 2023L, "学位建设", 900L, 1000L, true, "DEP1", dec("5000"), 100L, dec("90.5"),
            ts("2023-01-31 23:59:59"))
        .row("LP1", "CITY", null, 2023L, "学位建设", 900L, 1000L, true, "DEP1", dec("5000"), 100L, dec("80"),
            ts("2023-02-01 00:00:00"))
        .row("LP2", "CITY", null, 2023L, "医院", 700L, 1000L, true, "DEP1", dec("8000"), 10L, null,
            ts("2023-02-15 00:00:00"))
        .row("LP7", "DISTRICT", "D2", 2023L, "道路", 60L, 100L, false, "DEP2", dec("200"), 50L, null,
            ts("2023-03-10 00:00:00"));
    table = MetricTable.compute(SharedSpark.get(), f, Period.month(YearMonth.of(2023, 1)),
        Period.month(YearMonth.of(2023, 2)), Period.month(YearMonth.of(2023, 3)), Period.quarter(2023, 1),
        Period.year(2022));
  }

  @Test
  void selectedProjectsAsOfPeriodEndByLevel() {
    table.expect(JAN, LIVELIHOOD_PROJECTS_SELECTED, "CITY", count(1), "D1", count(1), "D2", count(2),
        "D3", count(0));
    table.expect(FEB, LIVELIHOOD_PROJECTS_SELECTED, "CITY", count(2), "D2", count(2));
    table.expect(MAR, LIVELIHOOD_PROJECTS_SELECTED, "CITY", count(2), "D2", count(1));
    table.expect(Q1, LIVELIHOOD_PROJECTS_SELECTED, "CITY", count(2), "D1", count(1), "D2", count(1));
    table.expect(Y2022, LIVELIHOOD_PROJECTS_SELECTED, "CITY", count(0), "D1", count(0));
  }

  @Test
  void completionUsesTheVersionAtPeriodEndAndTheLatestExtractionOnTies() {
    table.expect(JAN, LIVELIHOOD_COMPLETION_RATE, "CITY", ratio(1, 1), "D1", ratio(1, 1), "D2", ratio(1, 2),
        "D3", ratio(0, 0));
    table.expect(FEB, LIVELIHOOD_COMPLETION_RATE, "CITY", ratio(1, 2));
    table.expect(Q1, LIVELIHOOD_COMPLETION_RATE, "D2", ratio(1, 1));
  }

  @Test
  void satisfactionAveragesNonNullScores() {
    table.expect(JAN, LIVELIHOOD_SATISFACTION_AVG, "CITY", ratio(90.5, 1), "D1", ratio(70, 1), "D2", ratio(0, 0));
    table.expect(FEB, LIVELIHOOD_SATISFACTION_AVG, "CITY", ratio(80, 1));
  }
}
