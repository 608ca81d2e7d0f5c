package org.npcwh.transform.testing;

import static org.npcwh.transform.testing.RawFixture.d;
import static org.npcwh.transform.testing.RawFixture.dec;
import static org.npcwh.transform.testing.RawFixture.list;
import static org.npcwh.transform.testing.RawFixture.ts;

import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;

/**
 * Duty records and professional groups on the {@link CityFixture} city, small enough to check on paper.
 *
 * <pre>
 * rules      RECEPTION 2 points, cap 5 · TRAINING 1.5, cap 2 · SURVEY 3, no cap (OTHER has no rule)
 * DP1 (D1)   RECEPTION 2022: DR01 12-20 · DR02 12-28 · DR03 12-30             → 2, 2, 1 (cap reached)
 *            RECEPTION 2023: DR04 01-05 · DR08 01-10 · DR05 01-20 · DR06 02-03 · DR07 02-10
 *                            → 2, 2, 1, 0, 0; DR08 was first delivered at 03-01, re-versioned to 01-10
 *            TRAINING 2023:  DR09, DR10 both 02-14 (record_id decides) · DR11 03-02 → 1.5, 0.5, 0
 *            SURVEY 2023:    DR12 03-15 → 3 · RECEPTION without a date: DR13 → 0
 * DP2 (D1)   RECEPTION 2022: DR21..DR24 03-01, 04-01, 05-01, 06-01 → 2, 2, 1, 0 · DR25 2023-01-10 (term over)
 * DP3 (D2)   SURVEY DR31 2023-01-25 → 3
 * DP4 (D2)   OTHER DR41 2023-02-20 (no rule: held, never counts) · RECEPTION DR42 2023-03-05 → 2
 * groups     G1 formed 2022 · G2 formed 2023-02-01 · G3 dissolved 2023-01-31 · G4 no formed_on
 * outputs    G1: RESEARCH_REPORT O1 2022-11-01, O3 2023-02-20; SUPERVISED_SUGGESTION O2 2023-01-15; ACTIVITY O8
 *            G2: RESEARCH_REPORT O4 2023-02-05; SUPERVISED_SUGGESTION O5 2023-03-10
 *            G3: RESEARCH_REPORT O6 2023-01-10; SUPERVISED_SUGGESTION O7 2023-01-11
 *            GX (no such group): RESEARCH_REPORT O9 2023-01-20 (held)
 * </pre>
 */
public final class DutyFixture {
  private DutyFixture() {}

  public static RawFixture create() {
    RawFixture f = CityFixture.create();
    f.batch(SourceDataset.DUTY_POINT_RULES)
        .row("RECEPTION", dec("2"), dec("5"), "接待选民")
        .row("TRAINING", dec("1.5"), dec("2"), "培训")
        .row("SURVEY", dec("3"), null, "视察调研");
    f.batch(SourceDataset.DUTY_RECORDS, "duty-1", "2023-03-02 08:00:00", DeliveryMode.INCREMENTAL)
        .row("DR01", "DP1", "RECEPTION", d("2022-12-20"), null, null, ts("2022-12-20 18:00:00"))
        .row("DR02", "DP1", "RECEPTION", d("2022-12-28"), null, null, ts("2022-12-28 18:00:00"))
        .row("DR03", "DP1", "RECEPTION", d("2022-12-30"), null, null, ts("2022-12-30 18:00:00"))
        .row("DR04", "DP1", "RECEPTION", d("2023-01-05"), dec("2.5"), "A-1", ts("2023-01-05 18:00:00"))
        .row("DR05", "DP1", "RECEPTION", d("2023-01-20"), null, null, ts("2023-01-20 18:00:00"))
        .row("DR06", "DP1", "RECEPTION", d("2023-02-03"), null, null, ts("2023-02-03 18:00:00"))
        .row("DR07", "DP1", "RECEPTION", d("2023-02-10"), null, null, ts("2023-02-10 18:00:00"))
        .row("DR08", "DP1", "RECEPTION", d("2023-03-01"), null, null, ts("2023-03-01 18:00:00"))
        .row("DR10", "DP1", "TRAINING", d("2023-02-14"), null, null, ts("2023-02-14 18:00:00"))
        .row("DR09", "DP1", "TRAINING", d("2023-02-14"), null, null, ts("2023-02-14 19:00:00"))
        .row("DR11", "DP1", "TRAINING", d("2023-03-02"), null, null, ts("2023-03-02 18:00:00"))
        .row("DR21", "DP2", "RECEPTION", d("2022-03-01"), null, null, ts("2022-03-01 18:00:00"))
        .row("DR22", "DP2", "RECEPTION", d("2022-04-01"), null, null, ts("2022-04-01 18:00:00"))
        .row("DR23", "DP2", "RECEPTION", d("2022-05-01"), null, null, ts("2022-05-01 18:00:00"))
        .row("DR24", "DP2", "RECEPTION", d("2022-06-01"), null, null, ts("2022-06-01 18:00:00"))
        .row("DR25", "DP2", "RECEPTION", d("2023-01-10"), null, null, ts("2023-01-10 18:00:00"))
        .row("DR31", "DP3", "SURVEY", d("2023-01-25"), null, null, ts("2023-01-25 18:00:00"));
    f.batch(SourceDataset.DUTY_RECORDS, "duty-2", "2023-04-01 08:00:00", DeliveryMode.INCREMENTAL)
        .row("DR08", "DP1", "RECEPTION", d("2023-01-10"), null, null, ts("2023-03-20 09:00:00"))
        .row("DR12", "DP1", "SURVEY", d("2023-03-15"), null, null, ts("2023-03-15 18:00:00"))
        .row("DR13", "DP1", "RECEPTION", null, null, null, ts("2023-03-16 18:00:00"))
        .row("DR41", "DP4", "OTHER", d("2023-02-20"), null, null, ts("2023-02-20 18:00:00"))
        .row("DR42", "DP4", "RECEPTION", d("2023-03-05"), null, null, ts("2023-03-05 18:00:00"));
    f.batch(SourceDataset.PROFESSIONAL_GROUPS)
        .row("G1", "法制组", "法制", d("2022-01-01"), null)
        .row("G2", "教科文卫组", "教育", d("2023-02-01"), null)
        .row("G3", "财经组", "财经", d("2020-01-01"), d("2023-01-31"))
        .row("G4", "筹备组", "其他", null, null);
    f.batch(SourceDataset.SUGGESTIONS)
        .row("SG1", "7-3", "DP1", 0L, "t", "c", d("2022-11-01"), d("2022-11-30"), "DEP1", list(), false, false,
            ts("2022-11-30 09:00:00"));
    f.batch(SourceDataset.GROUP_OUTPUTS)
        .row("O1", "G1", "RESEARCH_REPORT", null, d("2022-11-01"), ts("2022-11-01 09:00:00"))
        .row("O2", "G1", "SUPERVISED_SUGGESTION", "SG1", d("2023-01-15"), ts("2023-01-15 09:00:00"))
        .row("O3", "G1", "RESEARCH_REPORT", null, d("2023-02-20"), ts("2023-02-20 09:00:00"))
        .row("O4", "G2", "RESEARCH_REPORT", null, d("2023-02-05"), ts("2023-02-05 09:00:00"))
        .row("O5", "G2", "SUPERVISED_SUGGESTION", "SG1", d("2023-03-10"), ts("2023-03-10 09:00:00"))
        .row("O6", "G3", "RESEARCH_REPORT", null, d("2023-01-10"), ts("2023-01-10 09:00:00"))
        .row("O7", "G3", "SUPERVISED_SUGGESTION", "SG1", d("2023-01-11"), ts("2023-01-11 09:00:00"))
        .row("O8", "G1", "ACTIVITY", null, d("2023-01-05"), ts("2023-01-05 09:00:00"))
        .row("O9", "GX", "RESEARCH_REPORT", null, d("2023-01-20"), ts("2023-01-20 09:00:00"));
    return f;
  }
}
