package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.app.DuckDbReference.Figure;

/**
 * The second tier of the DuckDB reference on a hand-made raw layer ({@code DuckDbReferenceTest/raw.sql}):
 * the traps of the contract (duty points capped in record order across months and not across years, a
 * record re-versioned in an out-of-order batch, year to date for a month, a quarter and a year, checks
 * known at P.end, the latest assessment of a department, an assessment without votes, stations without a
 * resources row, micro projects as of P.end, held rows) against figures worked out by hand. The reference
 * is the independent side of the differential test, so its own figures need a check that is not Spark.
 *
 * <p>The fixture: districts D1 (streets S1, S2) and D2 (S3); departments DEP1–DEP3; stations ST1 (D1),
 * ST2 (D2), ST3 (D1, opens 2023-03-01), ST4 (D2, closes 2023-02-15); deputies A, B (D1, serving
 * throughout), C (D2, until 2023-01-31), E (D2, from 2023-02-01). Current rules: RECEPTION 2 points, cap 5;
 * SURVEY 3, no cap; TRAINING 1.5, cap 2.
 */
class DuckDbReferenceTest {
  private static final List<String> PERIODS = List.of("2022-12", "2023-01", "2023-02", "2023-03", "2023-Q1", "2023");
  private static final double TOLERANCE = 1e-9;
  private static final Set<String> SECOND_TIER = Set.of("duty_points_avg", "deputies_without_duty",
      "reception_minimum_rate", "groups_meeting_duty_rate", "group_research_reports", "face_to_face_sessions",
      "oversight_issues_open", "oversight_issue_median_days", "department_assessment_satisfaction_rate",
      "departments_assessed_unsatisfied", "street_voter_meeting_coverage", "voter_meeting_items_selected",
      "micro_projects_selected", "micro_project_completion_rate", "stations_with_fulltime_liaison_rate",
      "station_funding_avg", "commitments_due", "commitment_fulfilled_rate", "commitments_overdue");

  @TempDir static Path warehouse;
  private static Map<String, Figure> figures;

  @BeforeAll
  static void computeTheReference() throws IOException, SQLException, URISyntaxException {
    writeRawLayer(warehouse);
    figures = new DuckDbReference(Path.of(System.getProperty("npcwh.reference.sql")))
        .figures(warehouse, PERIODS).stream().collect(Collectors.toMap(Figure::key, Function.identity()));
  }

  @Test
  void everySecondTierMetricHasARowForEveryScope() {
    // Per period: 3 CITY-only metrics, 9 with CITY + 2 districts, 7 with CITY + 3 departments = 58 rows.
    long secondTier = figures.values().stream().filter(f -> SECOND_TIER.contains(f.metricId())).count();
    assertThat(secondTier).isEqualTo(PERIODS.size() * 58L);
  }

  /**
   * A's RECEPTION records in order: r04 (corrected to 01-05) 2, r02 (01-10) 2, r03 (01-10) 1 — the cap 5
   * reached — then r05 (03-01) 0 and r06 (07-01) 0; r01 (2022-12-30) earns 2 in 2022's own cap. A's SURVEY
   * r07 (02-10) 3; TRAINING r08 (02-11) 1.5, r09 (03-11) 0.5. B: r10 held (no OTHER rule in the newest
   * full batch), r11 undated, r12 (03-05) 2. C: r13 (01-20) 3, but C no longer serves at the quarter's end.
   */
  @Test
  void dutyPointsAreCappedPerDeputyTypeAndYearInRecordOrder() {
    assertFigures(
        row("2022-12", "duty_points_avg", "CITY", 2 / 3.0, 2, 3),
        row("2023-01", "duty_points_avg", "CITY", 8 / 3.0, 8, 3),
        row("2023-01", "duty_points_avg", "D1", 2.5, 5, 2),
        row("2023-01", "duty_points_avg", "D2", 3.0, 3, 1),
        row("2023-02", "duty_points_avg", "CITY", 1.5, 4.5, 3),
        row("2023-02", "duty_points_avg", "D2", 0.0, 0, 1),
        row("2023-03", "duty_points_avg", "D1", 1.25, 2.5, 2),
        row("2023-Q1", "duty_points_avg", "CITY", 4.0, 12, 3),
        row("2023-Q1", "duty_points_avg", "D1", 6.0, 12, 2),
        row("2023", "duty_points_avg", "CITY", 4.0, 12, 3));
  }

  /** Held and undated records are no duty: B has none in January; E never has one. */
  @Test
  void deputiesWithoutDutyCountHeldRecordsAsNone() {
    assertFigures(
        row("2022-12", "deputies_without_duty", "CITY", 2.0, 2, null),
        row("2023-01", "deputies_without_duty", "CITY", 1.0, 1, null),
        row("2023-01", "deputies_without_duty", "D2", 0.0, 0, null),
        row("2023-02", "deputies_without_duty", "CITY", 2.0, 2, null),
        row("2023-03", "deputies_without_duty", "D1", 0.0, 0, null),
        row("2023-Q1", "deputies_without_duty", "CITY", 1.0, 1, null));
  }

  /** A's receptions of 2023 by P.end: 3 in January and February, 4 by March, 5 by the year's end. */
  @Test
  void receptionMinimumCountsTheYearToDateOfEveryGrain() {
    assertFigures(
        row("2022-12", "reception_minimum_rate", "CITY", 0.0, 0, 3),
        row("2023-02", "reception_minimum_rate", "CITY", 0.0, 0, 3),
        row("2023-03", "reception_minimum_rate", "CITY", 1 / 3.0, 1, 3),
        row("2023-03", "reception_minimum_rate", "D1", 0.5, 1, 2),
        row("2023-03", "reception_minimum_rate", "D2", 0.0, 0, 1),
        row("2023-Q1", "reception_minimum_rate", "CITY", 1 / 3.0, 1, 3),
        row("2023", "reception_minimum_rate", "CITY", 1 / 3.0, 1, 3));
  }

  /**
   * G1 reports in January (o1) and supervises in March (o2; its December supervision o5 is last year's);
   * G2 does both by February but is dissolved on 02-15; G3 (formed 03-10) only reports. o7 is held.
   */
  @Test
  void groupsMeetTheirDutyOverTheYearToDateWhileActive() {
    assertFigures(
        row("2022-12", "groups_meeting_duty_rate", "CITY", 0.0, 0, 2),
        row("2023-01", "groups_meeting_duty_rate", "CITY", 0.0, 0, 2),
        row("2023-02", "groups_meeting_duty_rate", "CITY", 0.0, 0, 1),
        row("2023-03", "groups_meeting_duty_rate", "CITY", 0.5, 1, 2),
        row("2023", "groups_meeting_duty_rate", "CITY", 0.5, 1, 2),
        row("2023-01", "group_research_reports", "CITY", 2.0, 2, null),
        row("2023-Q1", "group_research_reports", "CITY", 3.0, 3, null));
  }

  /** s5, corrected to a HEARING, is no face-to-face session; i6 is held; i5 resolved on P.end is closed. */
  @Test
  void oversightSessionsAndIssues() {
    assertFigures(
        row("2023-01", "face_to_face_sessions", "DEP1", 1.0, 1, null),
        row("2023-03", "face_to_face_sessions", "CITY", 0.0, 0, null),
        row("2023-Q1", "face_to_face_sessions", "CITY", 2.0, 2, null),
        row("2023-01", "oversight_issues_open", "CITY", 1.0, 1, null),
        row("2023-02", "oversight_issues_open", "DEP2", 2.0, 2, null),
        row("2023-03", "oversight_issues_open", "CITY", 1.0, 1, null),
        row("2023-03", "oversight_issues_open", "DEP3", 0.0, 0, null),
        row("2023-01", "oversight_issue_median_days", "CITY", 15.0, null, 1),
        row("2023-02", "oversight_issue_median_days", "CITY", null, null, 0),
        row("2023-03", "oversight_issue_median_days", "CITY", 30.0, null, 3),
        row("2023-Q1", "oversight_issue_median_days", "CITY", 22.5, null, 4),
        row("2023-Q1", "oversight_issue_median_days", "DEP1", 32.5, null, 2));
  }

  /**
   * Vote sums: January a7 5/10; February a1 15/20, a2 6/16; March a3 9/10, a6 2/10, a4 0/0, a5 6/10. The
   * latest assessment decides: DEP2's in March is a6 (same day as a3, later id), DEP1's in the quarter a5.
   */
  @Test
  void assessmentsByVoteSumsAndLatestVerdict() {
    assertFigures(
        row("2023-01", "department_assessment_satisfaction_rate", "CITY", 0.5, 5, 10),
        row("2023-02", "department_assessment_satisfaction_rate", "CITY", 21 / 36.0, 21, 36),
        row("2023-03", "department_assessment_satisfaction_rate", "DEP2", 11 / 20.0, 11, 20),
        row("2023-03", "department_assessment_satisfaction_rate", "DEP3", null, 0, 0),
        row("2023-Q1", "department_assessment_satisfaction_rate", "CITY", 43 / 76.0, 43, 76),
        row("2023-01", "departments_assessed_unsatisfied", "CITY", 1.0, 1, null),
        row("2023-02", "departments_assessed_unsatisfied", "CITY", 1.0, 1, null),
        row("2023-03", "departments_assessed_unsatisfied", "CITY", 2.0, 2, null),
        row("2023-Q1", "departments_assessed_unsatisfied", "CITY", 2.0, 2, null));
  }

  /** Meetings: m5 S2 2022-11 (1 item), m1 S1 01-08 (5), m4 held, m3 S3 02-14 (3), m2 S1 03-02 (2). */
  @Test
  void voterMeetingsCoverStreetsOverTheYearToDate() {
    assertFigures(
        row("2022-12", "street_voter_meeting_coverage", "CITY", 1 / 3.0, 1, 3),
        row("2023-01", "street_voter_meeting_coverage", "CITY", 1 / 3.0, 1, 3),
        row("2023-02", "street_voter_meeting_coverage", "D2", 1.0, 1, 1),
        row("2023-03", "street_voter_meeting_coverage", "CITY", 2 / 3.0, 2, 3),
        row("2023-01", "voter_meeting_items_selected", "CITY", 5.0, 5, null),
        row("2023-Q1", "voter_meeting_items_selected", "D1", 7.0, 7, null),
        row("2023-Q1", "voter_meeting_items_selected", "D2", 3.0, 3, null));
  }

  /** p1 completes on 03-10, p2 is selected on 02-20, p4 appears on 04-02, p6 has no district, p5 is DISTRICT. */
  @Test
  void microProjectsAsOfThePeriodEnd() {
    assertFigures(
        row("2022-12", "micro_projects_selected", "D1", 1.0, 1, null),
        row("2023-01", "micro_projects_selected", "CITY", 2.0, 2, null),
        row("2023-01", "micro_project_completion_rate", "D2", null, 0, 0),
        row("2023-02", "micro_projects_selected", "CITY", 3.0, 3, null),
        row("2023-02", "micro_project_completion_rate", "CITY", 1 / 3.0, 1, 3),
        row("2023-Q1", "micro_project_completion_rate", "CITY", 2 / 3.0, 2, 3),
        row("2023", "micro_projects_selected", "CITY", 4.0, 4, null),
        row("2023", "micro_project_completion_rate", "D1", 0.5, 1, 2));
  }

  /**
   * Rows of the newest full batch: 2022 ST1 (1, 0.8), ST2 (1, 1.0); 2023 ST1 (2, 1.2), ST3 (0, 0.6),
   * ST4 (1, 0.9). ST2 has no 2023 row (the older batch's is not current).
   */
  @Test
  void stationsWithoutAResourcesRowAreUnstaffedAndUnfunded() {
    assertFigures(
        row("2022-12", "stations_with_fulltime_liaison_rate", "CITY", 2 / 3.0, 2, 3),
        row("2023-01", "stations_with_fulltime_liaison_rate", "D2", 0.5, 1, 2),
        row("2023-02", "stations_with_fulltime_liaison_rate", "CITY", 0.5, 1, 2),
        row("2023-03", "stations_with_fulltime_liaison_rate", "D1", 0.5, 1, 2),
        row("2022-12", "station_funding_avg", "CITY", 0.9, 1.8, 2),
        row("2023-01", "station_funding_avg", "CITY", 1.05, 2.1, 2),
        row("2023-02", "station_funding_avg", "D2", null, 0, 0),
        row("2023-03", "station_funding_avg", "D1", 0.9, 1.8, 2));
  }

  /**
   * Due: rp6 2022-12-15, rp1 01-20, rp2 02-10 (no commitment text), rp3 02-25, rp4 03-31. Checks: rp1
   * IN_PROGRESS 01-15 then FULFILLED 02-05; rp2 NOT_FULFILLED (corrected) 02-08; rp3 FULFILLED 03-10 (c5
   * over c4); rp6 FULFILLED 04-10; rp4's check has no date, so it is never known.
   */
  @Test
  void commitmentsJudgedByTheChecksKnownAtThePeriodEnd() {
    assertFigures(
        row("2023-01", "commitments_due", "CITY", 1.0, 1, null),
        row("2023-02", "commitments_due", "DEP1", 1.0, 1, null),
        row("2023-Q1", "commitments_due", "CITY", 4.0, 4, null),
        row("2023-01", "commitment_fulfilled_rate", "CITY", 0.0, 0, 1),
        row("2023-02", "commitment_fulfilled_rate", "CITY", 0.0, 0, 2),
        row("2023-Q1", "commitment_fulfilled_rate", "CITY", 0.5, 2, 4),
        row("2023-Q1", "commitment_fulfilled_rate", "DEP3", null, 0, 0),
        row("2022-12", "commitments_overdue", "CITY", 1.0, 1, null),
        row("2023-01", "commitments_overdue", "DEP1", 2.0, 2, null),
        row("2023-02", "commitments_overdue", "CITY", 3.0, 3, null),
        row("2023-03", "commitments_overdue", "DEP2", 0.0, 0, null),
        row("2023", "commitments_overdue", "CITY", 2.0, 2, null),
        row("2023", "commitments_overdue", "DEP2", 1.0, 1, null));
  }

  private static void assertFigures(Figure... expected) {
    List<String> differences = new ArrayList<>();
    for (Figure want : expected) {
      Figure got = figures.get(want.key());
      if (got == null || !got.agrees(want, TOLERANCE)) {
        differences.add(want.key() + ": reference " + got + ", by hand " + want);
      }
    }
    assertThat(differences).as("figures that differ from the hand-computed ones").isEmpty();
  }

  /** A row; the scope type follows from the fixture's codes (CITY, D1/D2, DEP1–DEP3). */
  private static Figure row(String period, String metric, String scope, Double value, Number numerator,
      Number denominator) {
    String scopeType = scope.equals("CITY") ? "CITY" : scope.startsWith("DEP") ? "DEPARTMENT" : "DISTRICT";
    return new Figure(period, DuckDbReference.grain(period), metric, scopeType, scope, value,
        numerator == null ? null : numerator.doubleValue(), denominator == null ? null : denominator.doubleValue());
  }

  /** Each batch of the fixture as ingest writes it: data.parquet with the lineage columns, _ledger.parquet. */
  private static void writeRawLayer(Path root) throws IOException, SQLException, URISyntaxException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      DuckDbReference.run(db, DuckDbReference.read(
          Path.of(DuckDbReferenceTest.class.getResource("/DuckDbReferenceTest/raw.sql").toURI())));
      List<String[]> batches = new ArrayList<>();
      try (Statement statement = db.createStatement();
          ResultSet rows = statement.executeQuery("SELECT dataset, batch_id FROM batches")) {
        while (rows.next()) {
          batches.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
      for (String[] batch : batches) {
        Path folder = Files.createDirectories(root.resolve("raw").resolve(batch[0]).resolve(batch[1]));
        String id = DuckDbReference.literal(batch[1]);
        try (Statement statement = db.createStatement()) {
          // DuckDB takes no parameter in COPY: the fixture's own names, quoted.
          statement.execute("COPY (SELECT f.*, b.extracted_at AS _extracted_at, 'data.csv' AS _source_file,"
              + " row_number() OVER () + 1 AS _source_line FROM \"" + batch[0] + "\" f JOIN batches b"
              + " ON b.batch_id = f._batch_id WHERE f._batch_id = " + id + ") TO "
              + DuckDbReference.literal(folder.resolve("data.parquet").toString()) + " (FORMAT parquet)");
          statement.execute("COPY (SELECT dataset, batch_id, mode, extracted_at, 'INGESTED' AS status"
              + " FROM batches WHERE batch_id = " + id + ") TO "
              + DuckDbReference.literal(folder.resolve("_ledger.parquet").toString()) + " (FORMAT parquet)");
        }
      }
    }
  }
}
