package org.npcwh.transform.conform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npcwh.transform.testing.RawFixture.d;
import static org.npcwh.transform.testing.RawFixture.list;
import static org.npcwh.transform.testing.RawFixture.ts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.transform.current.CurrentState;
import org.npcwh.transform.testing.CityFixture;
import org.npcwh.transform.testing.RawFixture;
import org.npcwh.transform.testing.SharedSpark;

/** Deadlines follow LocalDate.plusMonths at month ends; districts and effective evaluations. */
class FactsTest {
  private static ConformedModel model;

  @BeforeAll
  static void build() {
    RawFixture f = CityFixture.create();
    RawFixture.Batch letters = f.batch(SourceDataset.LETTERS);
    for (String sent : List.of("2023-01-31", "2024-01-31", "2024-02-29", "2023-03-31", "2023-02-28", "2023-12-31")) {
      letters.row("L" + sent, "DP1", "DEP1", null, ts(sent + " 10:00:00"), null, null, ts(sent + " 10:00:00"));
    }
    f.batch(SourceDataset.SUGGESTIONS)
        .row("S-short", "7-3", "DP1", 0L, "t", "c", d("2022-11-01"), d("2022-11-30"), "DEP1", list("DEP2", "DEP3"),
            false, false, ts("2022-11-30 09:00:00"))
        .row("S-long", "7-3", "DP1", 0L, "t", "c", d("2022-08-20"), d("2022-08-31"), "DEP1", list(), false, true,
            ts("2022-08-31 09:00:00"));
    f.batch(SourceDataset.SUGGESTION_REPLIES)
        .row("R1", "S-short", "DEP1", 1L, d("2023-01-05"), "B", "…", null, ts("2023-01-05 09:00:00"));
    f.batch(SourceDataset.EVALUATIONS)
        .row("E1", "S-short", "R1", d("2023-01-10"), "REPLY", "UNSATISFIED", 40L, null, ts("2023-01-10 09:00:00"))
        .row("E2", "S-short", "R1", d("2023-02-10"), "REPLY", "SATISFIED", 90L, "E1", ts("2023-02-10 09:00:00"));
    model = ConformedModel.of(CurrentState.of(f.build(SharedSpark.get())));
  }

  @Test
  void letterDeadlineIsOneMonthLaterClampedLikePlusMonths() {
    Map<LocalDate, LocalDate> deadlines = model.table("fct_letter").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getLocalDate(5), r -> r.getLocalDate(6)));
    deadlines.forEach((sent, deadline) -> assertThat(deadline).as("deadline of %s", sent)
        .isEqualTo(sent.plusMonths(1)));
    assertThat(deadlines).containsEntry(LocalDate.parse("2023-01-31"), LocalDate.parse("2023-02-28"))
        .containsEntry(LocalDate.parse("2024-01-31"), LocalDate.parse("2024-02-29"))
        .containsEntry(LocalDate.parse("2024-02-29"), LocalDate.parse("2024-03-29"))
        .containsEntry(LocalDate.parse("2023-03-31"), LocalDate.parse("2023-04-30"));
  }

  @Test
  void suggestionDeadlineIsThreeMonthsOrSixWhenExtended() {
    Map<String, Row> suggestions = model.table("fct_suggestion").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r));
    assertThat(suggestions.get("S-short").<LocalDate>getAs("deadline_on")).isEqualTo(LocalDate.parse("2023-02-28"));
    assertThat(suggestions.get("S-long").<LocalDate>getAs("deadline_on")).isEqualTo(LocalDate.parse("2023-02-28"));
    assertThat(suggestions.get("S-short").<String>getAs("co_department_codes")).isEqualTo("DEP2;DEP3");
  }

  @Test
  void regionsAndPlatformsKnowTheirDistrict() {
    Map<String, String> regionDistrict = model.table("dim_region").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(4)));
    assertThat(regionDistrict).containsEntry("D1", "D1").containsEntry("S12", "D1").containsEntry("C211", "D2");
    Map<String, String> platformDistrict = model.table("dim_platform").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(5)));
    assertThat(platformDistrict).containsEntry("P1", "D1").containsEntry("ST2", "D2").containsEntry("H3", "D1");
  }

  @Test
  void anEvaluationReviewedByAnotherIsNotEffective() {
    Map<String, Boolean> effective = model.table("fct_evaluation").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.<Boolean>getAs("is_effective")));
    assertThat(effective).containsExactlyInAnyOrderEntriesOf(Map.of("E1", false, "E2", true));
  }
}
