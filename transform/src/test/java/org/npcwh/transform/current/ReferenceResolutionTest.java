package org.npcwh.transform.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npcwh.transform.testing.RawFixture.d;
import static org.npcwh.transform.testing.RawFixture.list;
import static org.npcwh.transform.testing.RawFixture.ts;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.transform.testing.RawFixture;
import org.npcwh.transform.testing.SharedSpark;

/**
 * References judged against the current state. Fixture (keys that exist: district FT, street FT01,
 * department DEP1, platform P1, deputy DP1):
 * <pre>
 * regions      FT01 → FT ok; FT0199 → parent FT09 (never delivered): held
 * activities   A1 platform P1, deputies DP1 ok; A2 platform P9: held; A3 deputies DP1;DX: held (list element)
 * letters      L1 v1 DEP1 (01-05) ok, v2 DEPX (01-10) held, newer → L1 stays v1, supersedes_current
 *              L2 v1 DEPX (01-01, pending at ingest) held, older; v2 DEP1 (01-10) current → not superseding
 * suggestions  S1 ok; S2 lead deputy DX: held
 * replies      R1 → S1 ok; R2 → S2 (held): held too
 * evaluations  E1 → S1/R1 ok; E2 → S2/R2: held on suggestion_id (first field); E3 reviews E1 ok;
 *              E4 reviews E2 (held): held on reviews_evaluation_id
 * livelihood   LP1 v1 DEP1, v2 DEPX: v2 held, left out of the as-of-period-end versions too
 * </pre>
 */
class ReferenceResolutionTest {
  private static CurrentTables current;

  @BeforeAll
  static void build() {
    RawFixture f = new RawFixture();
    f.batch(SourceDataset.REGIONS)
        .row("FT", "福田区", "DISTRICT", null)
        .row("FT01", "园岭街道", "STREET", "FT")
        .row("FT0199", "孤立社区", "COMMUNITY", "FT09");
    f.batch(SourceDataset.DEPARTMENTS).row("DEP1", "交通局", "MUNICIPAL", null);
    f.batch(SourceDataset.PLATFORMS)
        .row("P1", "STATION", "站", "FT01", null, "COMMUNITY", false, null, null, d("2020-01-01"), null);
    f.batch(SourceDataset.DEPUTIES).row("DP1", "张伟", "DISTRICT", "FT", "P1", null, d("2021-01-01"), null);
    f.batch(SourceDataset.ACTIVITIES)
        .row("A1", "P1", "OTHER", d("2023-01-02"), list("DP1"), 1L, 0L, ts("2023-01-02 10:00:00"))
        .row("A2", "P9", "OTHER", d("2023-01-02"), list("DP1"), 1L, 0L, ts("2023-01-02 10:00:00"))
        .row("A3", "P1", "OTHER", d("2023-01-02"), list("DP1", "DX"), 1L, 0L, ts("2023-01-02 10:00:00"));
    f.batch(SourceDataset.LETTERS)
        .row("L1", "DP1", "DEP1", null, ts("2023-01-01 08:00:00"), null, null, ts("2023-01-05 08:00:00"))
        .pending("department_code \"DEPX\" is not a known departments key")
        .row("L1", "DP1", "DEPX", null, ts("2023-01-01 08:00:00"), null, null, ts("2023-01-10 08:00:00"))
        .row("L2", "DP1", "DEPX", null, ts("2023-01-01 08:00:00"), null, null, ts("2023-01-01 08:00:00"))
        .row("L2", "DP1", "DEP1", null, ts("2023-01-01 08:00:00"), null, "SATISFIED", ts("2023-01-10 08:00:00"));
    f.batch(SourceDataset.SUGGESTIONS)
        .row("S1", "7-3", "DP1", 0L, "t", "c", d("2023-01-01"), null, "DEP1", list("DEP1"), false, false,
            ts("2023-01-01 00:00:00"))
        .row("S2", "7-3", "DX", 0L, "t", "c", d("2023-01-01"), null, "DEP1", null, false, false,
            ts("2023-01-01 00:00:00"));
    f.batch(SourceDataset.SUGGESTION_REPLIES)
        .row("R1", "S1", "DEP1", 1L, d("2023-02-01"), "A", null, null, ts("2023-02-01 00:00:00"))
        .row("R2", "S2", "DEP1", 1L, d("2023-02-01"), "A", null, null, ts("2023-02-01 00:00:00"));
    f.batch(SourceDataset.EVALUATIONS)
        .row("E1", "S1", "R1", d("2023-02-05"), "REPLY", "UNSATISFIED", 50L, null, ts("2023-02-05 00:00:00"))
        .row("E2", "S2", "R2", d("2023-02-05"), "REPLY", "SATISFIED", 90L, null, ts("2023-02-05 00:00:00"))
        .row("E3", "S1", "R1", d("2023-02-09"), "REPLY", "SATISFIED", 90L, "E1", ts("2023-02-09 00:00:00"))
        .row("E4", "S1", "R1", d("2023-02-09"), "REPLY", "SATISFIED", 90L, "E2", ts("2023-02-09 00:00:00"));
    f.batch(SourceDataset.LIVELIHOOD_PROJECTS)
        .row("LP1", "CITY", null, 2023L, "t", 1L, 2L, true, "DEP1", null, 10L, null, ts("2023-01-01 00:00:00"))
        .row("LP1", "CITY", null, 2023L, "t", 1L, 2L, true, "DEPX", null, 90L, null, ts("2023-03-01 00:00:00"));
    current = CurrentState.of(f.build(SharedSpark.get()));
  }

  private static List<String> keys(SourceDataset dataset) {
    return current.get(dataset).collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
  }

  private static List<String> holds() {
    return current.referenceHolds().orderBy("dataset", "key", "source_line").collectAsList().stream()
        .map(ReferenceResolutionTest::describe).toList();
  }

  private static String describe(Row r) {
    return String.join(" ", r.getString(0), r.getString(4), r.getString(5), r.getString(6),
        r.getBoolean(8) ? "pending" : "-", r.getBoolean(9) ? "supersedes" : "older");
  }

  @Test
  void versionsNamingAMissingKeyAreLeftOutOfTheCurrentState() {
    assertThat(keys(SourceDataset.REGIONS)).containsExactly("FT", "FT01");
    assertThat(keys(SourceDataset.ACTIVITIES)).containsExactly("A1");
    assertThat(keys(SourceDataset.SUGGESTIONS)).containsExactly("S1");
    assertThat(keys(SourceDataset.SUGGESTION_REPLIES)).containsExactly("R1");
    assertThat(keys(SourceDataset.EVALUATIONS)).containsExactly("E1", "E3");
  }

  @Test
  void anOlderVersionThatResolvesStaysCurrent() {
    List<Row> letters = current.get(SourceDataset.LETTERS).orderBy("letter_id").collectAsList();
    assertThat(letters).extracting(r -> r.getString(0) + "=" + r.getString(2) + "@" + r.get(7))
        .containsExactly("L1=DEP1@2023-01-05T08:00", "L2=DEP1@2023-01-10T08:00");
  }

  @Test
  void everyHeldVersionIsReportedWithItsFirstMissingKey() {
    assertThat(holds()).containsExactly(
        "activities A2 platform_id P9 - supersedes",
        "activities A3 deputy_ids DX - supersedes",
        "evaluations E2 suggestion_id S2 - supersedes",
        "evaluations E4 reviews_evaluation_id E2 - supersedes",
        "letters L1 department_code DEPX pending supersedes",
        "letters L2 department_code DEPX - older",
        "livelihood_projects LP1 department_code DEPX - supersedes",
        "regions FT0199 parent_code FT09 - supersedes",
        "suggestion_replies R2 suggestion_id S2 - supersedes",
        "suggestions S2 lead_deputy_id DX - supersedes");
  }

  @Test
  void reasonsAreWordedAsIngestWordsThemAndCarryTheVersionsLineage() {
    Row a3 = current.referenceHolds().filter("key = 'A3'").first();
    assertThat(a3.getString(7)).isEqualTo("deputy_ids element \"DX\" is not a known deputies key");
    assertThat(a3.getString(1)).isEqualTo("activities-1");
    assertThat(a3.getString(2)).isEqualTo("data.csv");
    assertThat(a3.getLong(3)).isEqualTo(4L);
    assertThat(current.referenceHolds().columns()).containsExactlyElementsOf(ReferenceHolds.COLUMNS);
  }

  @Test
  void livelihoodVersionsAsOfPeriodEndAreTheResolvedOnes() {
    assertThat(current.livelihoodVersions().collectAsList()).extracting(r -> r.getString(8)).containsExactly("DEP1");
    assertThat(keys(SourceDataset.LIVELIHOOD_PROJECTS)).containsExactly("LP1");
  }
}
