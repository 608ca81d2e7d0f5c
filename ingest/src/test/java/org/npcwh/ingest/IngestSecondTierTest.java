package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;

/**
 * The ten second-tier datasets ingested beside the first-tier rows they refer to (district FT, street
 * FT01, community FT0101, home P-FT01-H, station P-FT0101-S, department SZ-JT, deputy D001, suggestion
 * S1, reply R1), one batch each, fixtures in {@code src/test/resources/IngestSecondTierTest/}; the
 * duty point rules come as GB18030, the duty records as JSON Lines, and a misspelt folder lies beside
 * them. Every count below is read off the fixture files, one line per row.
 */
class IngestSecondTierTest {
  private static final List<String> FIRST_TIER =
      List.of("regions", "departments", "platforms", "deputies", "suggestions", "suggestion_replies");

  @TempDir
  static Path temp;
  static TestWarehouse warehouse;
  static IngestReport report;

  @BeforeAll
  static void ingestOnce() {
    TestLanding landing = new TestLanding(temp.resolve("landing"));
    for (String dataset : FIRST_TIER) {
      deliver(landing, dataset, dataset + ".csv", "UTF-8");
    }
    for (SourceDataset dataset : secondTier()) {
      String name = dataset.datasetName();
      boolean jsonl = dataset == SourceDataset.DUTY_RECORDS;
      deliver(landing, name, name + (jsonl ? ".jsonl" : ".csv"),
          dataset == SourceDataset.DUTY_POINT_RULES ? "GB18030" : "UTF-8");
    }
    landing.batch("duty_points", "b1").file("x.csv", "a\n1\n", 1).writeManifest();
    warehouse = new TestWarehouse(temp.resolve("wh"));
    report = new IngestJob(new IngestSettings(landing.root, warehouse.root, TestLanding.KEY), line -> { }).run();
  }

  private static List<SourceDataset> secondTier() {
    return List.of(SourceDataset.values()).subList(SourceDataset.DUTY_POINT_RULES.ordinal(),
        SourceDataset.values().length);
  }

  private static void deliver(TestLanding landing, String dataset, String file, String encoding) {
    byte[] bytes = TestLanding.resource(IngestSecondTierTest.class, file);
    long records = new String(bytes, java.nio.charset.Charset.forName(encoding)).lines().count()
        - (file.endsWith(".jsonl") ? 0 : 1);
    landing.batch(dataset, "b1").mode(SourceDataset.byName(dataset).isReference() ? "full" : "incremental")
        .format(file.endsWith(".jsonl") ? "jsonl" : "csv").encoding(encoding).file(file, bytes, records)
        .writeManifest();
  }

  @Test
  void everySecondTierBatchIsIngestedWithHandCountedRowsAndTheUnknownFolderIsReported() {
    assertThat(report.outcomes().stream().filter(o -> !FIRST_TIER.contains(o.dataset())))
        .extracting(BatchOutcome::dataset, BatchOutcome::status, BatchOutcome::rowsIn,
            BatchOutcome::rowsAccepted, BatchOutcome::rowsSetAside, BatchOutcome::rowsPending)
        .containsExactly(
            tuple("duty_points", BatchStatus.SKIPPED_UNKNOWN_DATASET, 0L, 0L, 0L, 0L),
            tuple("duty_point_rules", BatchStatus.INGESTED, 3L, 2L, 1L, 0L),
            tuple("professional_groups", BatchStatus.INGESTED, 2L, 1L, 1L, 0L),
            tuple("station_resources", BatchStatus.INGESTED, 4L, 3L, 1L, 2L),
            tuple("duty_records", BatchStatus.INGESTED, 5L, 3L, 2L, 2L),
            tuple("group_outputs", BatchStatus.INGESTED, 3L, 2L, 1L, 1L),
            tuple("oversight_sessions", BatchStatus.INGESTED, 2L, 1L, 1L, 0L),
            tuple("oversight_issues", BatchStatus.INGESTED, 2L, 2L, 0L, 1L),
            tuple("department_assessments", BatchStatus.INGESTED, 2L, 1L, 1L, 0L),
            tuple("voter_meetings", BatchStatus.INGESTED, 5L, 3L, 2L, 2L),
            tuple("commitment_checks", BatchStatus.INGESTED, 3L, 2L, 1L, 1L));
    assertThat(report.summary()).contains("duty_points/ SKIPPED_UNKNOWN_DATASET");
  }

  @Test
  void badRowsAreSetAsideWithTheirFirstFailingCheck() {
    List<String> actual = new ArrayList<>();
    for (SourceDataset dataset : secondTier()) {
      for (Map<String, Object> r : warehouse.setAside(dataset, "b1")) {
        actual.add(r.get("dataset") + " " + r.get("source_line") + " " + r.get("reason_code") + " " + r.get("reason"));
      }
    }
    assertThat(actual).containsExactly(
        "duty_point_rules 4 BAD_CODE duty_type \"VISIT\" is not one of COMMITTEE_ATTENDANCE, GROUP_WORK,"
            + " MICRO_PROJECT, OTHER, OVERSIGHT, RECEPTION, SESSION, SURVEY, TRAINING",
        "professional_groups 3 BAD_TYPE dissolved_on \"2021-02-30\" is not a date (YYYY-MM-DD)",
        "station_resources 3 OUT_OF_RANGE fulltime_liaisons \"-1\" is outside the range 0 or more",
        "duty_records 2 BAD_CODE duty_type \"MEETING\" is not one of COMMITTEE_ATTENDANCE, GROUP_WORK,"
            + " MICRO_PROJECT, OTHER, OVERSIGHT, RECEPTION, SESSION, SURVEY, TRAINING",
        "duty_records 5 OUT_OF_RANGE hours \"-1\" is outside the range 0 or more",
        "group_outputs 4 MISSING_KEY required field updated_at is empty or absent",
        "oversight_sessions 3 BAD_TYPE deputies_attending \"x\" is not a whole number",
        "department_assessments 3 OUT_OF_RANGE votes_satisfied \"-3\" is outside the range 0 or more",
        "voter_meetings 3 OUT_OF_RANGE items_voted \"13\" is more than items_proposed (12), which it may not exceed",
        "voter_meetings 4 OUT_OF_RANGE items_selected \"11\" is more than items_voted (10), which it may not exceed",
        "commitment_checks 4 BAD_CODE status \"DONE\" is not one of FULFILLED, IN_PROGRESS, NOT_FULFILLED");
  }

  /** Unknown duty type, group, session, reply, street and station: pending, for transform to hold. */
  @Test
  void unknownOrWrongKindReferencesAreAcceptedAsPending() {
    List<String> pending = new ArrayList<>();
    for (SourceDataset dataset : secondTier()) {
      for (Map<String, Object> r : warehouse.data(dataset, "b1")) {
        if (r.get("_pending_reference") != null) {
          pending.add(dataset.datasetName() + " " + r.get("_source_line") + " " + r.get("_pending_reference"));
        }
      }
    }
    assertThat(pending).containsExactly(
        "station_resources 4 platform_id \"P-ZZ-S\" is not a known platforms key of platform type STATION",
        "station_resources 5 platform_id \"P-FT01-H\" is not a known platforms key of platform type STATION",
        "duty_records 3 deputy_id \"D999\" is not a known deputies key",
        "duty_records 4 duty_type \"OTHER\" is not a known duty_point_rules key",
        "group_outputs 3 group_code \"PG09\" is not a known professional_groups key",
        "oversight_issues 3 session_id \"OS9\" is not a known oversight_sessions key",
        "voter_meetings 5 street_code \"XX01\" is not a known regions key of level STREET",
        "voter_meetings 6 street_code \"FT0101\" is not a known regions key of level STREET",
        "commitment_checks 3 reply_id \"R9\" is not a known suggestion_replies key");
  }

  @Test
  void rowsInEqualAcceptedPlusSetAsideAndValuesAreTyped() {
    for (LedgerEntry entry : Ledger.readAll(warehouse.root)) {
      SourceDataset dataset = SourceDataset.byName(entry.dataset());
      assertThat(entry.rowsIn()).as(entry.dataset()).isEqualTo(entry.rowsAccepted() + entry.rowsSetAside());
      assertThat((long) warehouse.data(dataset, "b1").size()).isEqualTo(entry.rowsAccepted());
      assertThat((long) warehouse.setAside(dataset, "b1").size()).isEqualTo(entry.rowsSetAside());
    }
    assertThat(warehouse.data(SourceDataset.DUTY_POINT_RULES, "b1"))
        .extracting(r -> r.get("duty_type"), r -> r.get("points"), r -> r.get("annual_cap"), r -> r.get("name_zh"))
        .containsExactly(tuple("RECEPTION", new BigDecimal("2.0000"), new BigDecimal("20.0000"), "接待选民"),
            tuple("SESSION", new BigDecimal("10.0000"), null, "出席代表大会"));
    assertThat(warehouse.data(SourceDataset.STATION_RESOURCES, "b1").get(0))
        .containsEntry("year", 2024L).containsEntry("funding_wan", new BigDecimal("1.2000"));
  }
}
