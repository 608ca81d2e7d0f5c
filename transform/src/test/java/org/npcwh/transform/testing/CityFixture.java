package org.npcwh.transform.testing;

import static org.npcwh.transform.testing.RawFixture.d;

import org.npcwh.core.contract.SourceDataset;

/**
 * A small city shared by the metric tests, small enough to check on paper.
 *
 * <pre>
 * D1 福田区 ── S11 ── C111, C112        D2 南山区 ── S21 ── C211        D3 空白区 (nothing in it)
 *          └─ S12
 * HOME    H1 S11 open since 2022 · H2 S21 opens 2023-01-31 · H3 S12 closes 2023-01-31
 * STATION ST1 S11/C111 (covers C111, C112) online 2022-06-01, legislative point since 2022-01-01
 *         ST2 S21/C211 (covers C211)       online 2023-02-15, legislative point since 2023-03-01
 * POINT   P1 S12/C112 legislative since 2022-05-01 · P2 S11 opens 2023-02-01
 * departments DEP1 (municipal), DEP2 (district D1), DEP3 (never named by any fact)
 * deputies DP1 D1 serving · DP2 D1 term ends 2023-01-15 · DP3 D2 term ends 2023-01-31 · DP4 D2 from 2023-02-10
 * </pre>
 */
public final class CityFixture {
  private CityFixture() {}

  public static RawFixture create() {
    RawFixture f = new RawFixture();
    f.batch(SourceDataset.REGIONS)
        .row("D1", "福田区", "DISTRICT", null)
        .row("D2", "南山区", "DISTRICT", null)
        .row("D3", "空白区", "DISTRICT", null)
        .row("S11", "沙头街道", "STREET", "D1")
        .row("S12", "福保街道", "STREET", "D1")
        .row("S21", "南头街道", "STREET", "D2")
        .row("C111", "新洲社区", "COMMUNITY", "S11")
        .row("C112", "福保社区", "COMMUNITY", "S11")
        .row("C211", "南联社区", "COMMUNITY", "S21");
    f.batch(SourceDataset.DEPARTMENTS)
        .row("DEP1", "市住房建设局", "MUNICIPAL", null)
        .row("DEP2", "福田区教育局", "DISTRICT", "D1")
        .row("DEP3", "市水务局", "MUNICIPAL", null);
    f.batch(SourceDataset.PLATFORMS)
        .row("H1", "HOME", "沙头代表之家", "S11", null, "COMMUNITY", false, null, null, d("2022-01-01"), null)
        .row("H2", "HOME", "南头代表之家", "S21", null, "COMMUNITY", false, null, null, d("2023-01-31"), null)
        .row("H3", "HOME", "福保代表之家", "S12", null, "COMMUNITY", false, null, null, d("2020-01-01"),
            d("2023-01-31"))
        .row("ST1", "STATION", "新洲联络站", "S11", "C111", "COMMUNITY", true, d("2022-01-01"), d("2022-06-01"),
            d("2021-03-01"), null)
        .row("ST2", "STATION", "南联联络站", "S21", "C211", "COMMUNITY", true, d("2023-03-01"), d("2023-02-15"),
            d("2021-03-01"), null)
        .row("P1", "POINT", "福保联系点", "S12", "C112", "ENTERPRISE", true, d("2022-05-01"), null,
            d("2022-05-01"), null)
        .row("P2", "POINT", "沙头联系点", "S11", null, "PARK", false, null, null, d("2023-02-01"), null);
    f.batch(SourceDataset.PLATFORM_COVERAGE)
        .row("ST1", "C111")
        .row("ST1", "C112")
        .row("ST2", "C211");
    f.batch(SourceDataset.DEPUTIES)
        .row("DP1", "代表甲", "MUNICIPAL", "D1", "ST1", null, d("2022-01-01"), null)
        .row("DP2", "代表乙", "DISTRICT", "D1", "ST1", null, d("2022-01-01"), d("2023-01-15"))
        .row("DP3", "代表丙", "DISTRICT", "D2", "ST2", null, d("2022-01-01"), d("2023-01-31"))
        .row("DP4", "代表丁", "DISTRICT", "D2", "ST2", null, d("2023-02-10"), null);
    return f;
  }
}
