package org.npcwh.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.FieldType;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;

/**
 * Fixture: the good warehouse of {@link TestWarehouse}, whose events are two activities held
 * 2022-11-20 and 2022-12-30; every source was extracted 2023-02-01.
 */
class FirstDataTest {
  @TempDir Path root;
  private TestWarehouse wh;

  @BeforeEach
  void goodWarehouse() throws Exception {
    wh = new TestWarehouse(root).withGoodSources();
  }

  @AfterEach
  void close() throws Exception {
    wh.close();
  }

  private void check(String... periods) {
    new CheckRunner(wh.layout, CheckSettings.defaults(), line -> { })
        .run(java.util.Arrays.stream(periods).map(Period::parse).toList());
  }

  @Test
  void theFirstEventIsTheEarliestEventDateOfAnyEventDataset() throws Exception {
    assertThat(FirstData.earliest(wh.layout)).hasValueSatisfying(first ->
        assertThat(first).hasToString("2022-11-20 (activities.held_on)"));

    // A message posted late on 31 October: a timestamp, dated by its local day.
    wh.copy("SELECT TIMESTAMP '2022-10-31 23:30:00' AS submitted_at",
        wh.layout.batch(SourceDataset.MESSAGES, "b1").resolve(WarehouseLayout.DATA_FILE));

    assertThat(FirstData.earliest(wh.layout)).hasValueSatisfying(first -> {
      assertThat(first.date()).isEqualTo(LocalDate.of(2022, 10, 31));
      assertThat(first).hasToString("2022-10-31 (messages.submitted_at)");
    });
  }

  @Test
  void aPeriodEndingBeforeTheFirstEventIsRefusedBeforeAnyCheckNamingTheFirstMonth() {
    assertThatThrownBy(() -> check("2022-09", "2022-10", "2022-11"))
        .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
        .hasMessageStartingWith("No figures can be computed for 2022-09, 2022-10: these periods end before the"
            + " first data of the warehouse: the earliest event in the ingested sources is 2022-11-20"
            + " (activities.held_on), in 2022-11")
        .hasMessageContaining("--from 2022-11");
    assertThat(wh.layout.checks()).as("no check ran, no result was written").doesNotExist();
  }

  @Test
  void aPeriodThatHoldsTheFirstEventIsChecked() {
    check("2022-Q4", "2022-11");
    assertThat(wh.layout.checks()).isDirectory();
  }

  @Test
  void aWarehouseWithoutAnyEventRefusesEveryPeriod() throws Exception {
    TestWarehouse.deleteTree(wh.layout.raw(SourceDataset.ACTIVITIES));
    assertThat(Files.exists(wh.layout.raw(SourceDataset.ACTIVITIES))).isFalse();

    assertThatThrownBy(() -> check("2023-01"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("the warehouse holds no event yet (no row of activities, duty_roster, messages,"
            + " letters, opinions, suggestions, duty_records, group_outputs, oversight_sessions, oversight_issues,"
            + " department_assessments, voter_meetings, commitment_checks has been ingested)");
  }

  @Test
  void eventDatasetsAreTheIncrementalOnesWithAnEventDate() {
    assertThat(FirstData.eventDatasets()).containsExactly(SourceDataset.ACTIVITIES, SourceDataset.DUTY_ROSTER,
        SourceDataset.MESSAGES, SourceDataset.LETTERS, SourceDataset.OPINIONS, SourceDataset.SUGGESTIONS,
        SourceDataset.DUTY_RECORDS, SourceDataset.GROUP_OUTPUTS, SourceDataset.OVERSIGHT_SESSIONS,
        SourceDataset.OVERSIGHT_ISSUES, SourceDataset.DEPARTMENT_ASSESSMENTS, SourceDataset.VOTER_MEETINGS,
        SourceDataset.COMMITMENT_CHECKS);
    assertThat(List.of(SourceDataset.values())).filteredOn(SourceDataset::isReference)
        .allSatisfy(d -> assertThat(d.eventDate()).as(d.datasetName()).isEmpty());
    assertThat(FirstData.eventDatasets()).allSatisfy(d -> assertThat(d.eventDate().orElseThrow().type())
        .as(d.datasetName()).isIn(FieldType.DATE, FieldType.TS));
  }
}
