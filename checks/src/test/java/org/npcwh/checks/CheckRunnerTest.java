package org.npcwh.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.period.Period;

class CheckRunnerTest {
  private static final Period JAN = Period.parse("2023-01");
  private static final Period DEC = Period.parse("2022-12");

  @TempDir Path root;
  private TestWarehouse wh;
  private final List<String> progress = new ArrayList<>();

  @BeforeEach
  void goodWarehouse() throws Exception {
    wh = new TestWarehouse(root).withGoodSources();
    wh.published(DEC, TestWarehouse.goodFigures(DEC));
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN));
  }

  @AfterEach
  void close() throws Exception {
    wh.close();
  }

  private CheckReport check(Period... periods) {
    return new CheckRunner(wh.layout, CheckSettings.defaults(), progress::add).run(List.of(periods));
  }

  private static Set<String> failed(CheckReport report, Period period) {
    return Set.copyOf(report.failedChecks(period.label()));
  }

  private static Set<String> warned(CheckReport report, Period period) {
    return report.warnings().stream().filter(r -> r.period().equals(period.label()))
        .map(CheckResult::qualifiedId).collect(Collectors.toSet());
  }

  private static List<CheckResult> findings(CheckReport report, String qualifiedId) {
    return report.results().stream().filter(r -> r.qualifiedId().equals(qualifiedId) && r.outcome() != Outcome.PASS)
        .toList();
  }

  @Test
  void aGoodWarehousePassesEveryCheckAndWritesNoOperatorReport() {
    CheckReport report = check(JAN);

    assertThat(report.verdicts()).containsExactly(Map.entry(JAN, Outcome.PASS));
    assertThat(report.hasFailures()).isFalse();
    assertThat(report.results()).hasSize(CheckCatalog.all().size())
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.PASS));
    assertThat(report.resultsFile()).isRegularFile().hasFileName(report.runId() + ".parquet");
    assertThat(report.failureReport()).isEmpty();
    assertThat(root.resolve("checks").resolve(report.runId() + ".md")).doesNotExist();
    assertThat(report.runId()).matches("\\d{8}T\\d{6}Z-[0-9a-f]{6}");
    assertThat(progress).anySatisfy(line -> assertThat(line).startsWith("2023-01: PASS"));
  }

  /** Each case breaks one thing in the candidate of 2023-01; exactly that check fails. */
  static Stream<Arguments> brokenFigures() {
    return Stream.of(
        broken("rate_within_0_1", "a rate of 1.2",
            f -> f.is("letter_on_time_rate", "CITY", "CITY") ? f.withFraction(1.2, 12.0, 10.0) : f),
        broken("rate_within_0_1", "a rate below 0",
            f -> f.is("street_home_coverage", "DISTRICT", "D1") ? f.withValue(-0.1) : f),
        broken("count_non_negative_whole", "a negative count",
            f -> f.is("homes_open", "DISTRICT", "D2") ? f.withValue(-1.0) : f),
        broken("count_non_negative_whole", "a fractional count",
            f -> f.is("letters_sent", "DEPARTMENT", "DEP1") ? f.withValue(2.5) : f),
        broken("count_non_negative_whole", "a missing count",
            f -> f.is("messages_received", "CITY", "CITY") ? f.withValue(null) : f),
        broken("value_not_nan", "a NaN rate",
            f -> f.is("opinion_adoption_rate", "CITY", "CITY") ? f.withValue(Double.NaN) : f),
        broken("zero_denominator_null_value", "0 over a denominator of 0",
            f -> f.is("deputy_engagement_rate", "CITY", "CITY") ? f.withFraction(0.0, 0.0, 0.0) : f),
        broken("no_unexpected_rows", "a district dim_region does not hold",
            f -> f.is("homes_open", "DISTRICT", "D2") ? f.withScope("DISTRICT", "D9") : f));
  }

  private static Arguments broken(String check, String what, UnaryOperator<Figure> change) {
    return Arguments.of(check, what, change);
  }

  @ParameterizedTest(name = "{1} fails {0}")
  @MethodSource("brokenFigures")
  void eachFigureCheckFailsOnItsCase(String check, String what, UnaryOperator<Figure> change) throws Exception {
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN).stream().map(change).toList());

    CheckReport report = check(JAN);

    Set<String> expected = check.equals("no_unexpected_rows")
        ? Set.of("metric_values.no_unexpected_rows", "metric_values.row_present_for_every_scope")
        : Set.of("metric_values." + check);
    assertThat(failed(report, JAN)).as(what).isEqualTo(expected);
    assertThat(report.verdicts().get(JAN)).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aRateOf1point2IsReportedWithItsValue() throws Exception {
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN).stream()
        .map(f -> f.is("letter_on_time_rate", "CITY", "CITY") ? f.withFraction(1.2, 12.0, 10.0) : f).toList());

    assertThat(findings(check(JAN), "metric_values.rate_within_0_1"))
        .extracting(CheckResult::observed, CheckResult::detail, CheckResult::severity)
        .containsExactly(tuple(1.2, "letter_on_time_rate CITY/CITY: 1.2 = 12.0 / 10.0", Severity.FAIL));
  }

  @Test
  void aMissingDistrictRowIsNamed() throws Exception {
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN).stream()
        .filter(f -> !f.is("homes_open", "DISTRICT", "D2")).toList());

    CheckReport report = check(JAN);

    assertThat(failed(report, JAN)).containsExactly("metric_values.row_present_for_every_scope");
    assertThat(findings(report, "metric_values.row_present_for_every_scope"))
        .extracting(CheckResult::detail).containsExactly("no row for homes_open DISTRICT/D2");
  }

  @Test
  void aFigureWrittenTwiceOrUnderAnotherPeriodFails() throws Exception {
    List<Figure> figures = new ArrayList<>(TestWarehouse.goodFigures(JAN));
    figures.add(figures.get(0));
    figures.add(figures.get(1).withPeriod("2023-02"));

    CheckReport report = check(JAN);
    assertThat(failed(report, JAN)).isEmpty();
    wh.candidate(JAN, figures);
    report = check(JAN);

    assertThat(failed(report, JAN))
        .containsExactlyInAnyOrder("metric_values.one_row_per_scope", "metric_values.no_unexpected_rows");
    assertThat(findings(report, "metric_values.no_unexpected_rows")).extracting(CheckResult::detail)
        .containsExactly(TestWarehouse.figureName(figures.get(1)) + ": period 2023-02 in the file of 2023-01");
  }

  @Test
  void aPeriodWithoutCandidateFailsOnlyThatCheck() {
    Period nov = Period.parse("2022-11");

    CheckReport report = check(nov, JAN);

    assertThat(report.verdicts()).containsExactly(Map.entry(nov, Outcome.FAIL), Map.entry(JAN, Outcome.PASS));
    assertThat(failed(report, nov)).containsExactly("metric_values.candidate_present");
  }

  @Test
  void missingScopeDimensionsFail() throws Exception {
    TestWarehouse.deleteTree(wh.layout.candidateMart("dim_department"));

    CheckReport report = check(JAN);

    assertThat(failed(report, JAN)).containsExactlyInAnyOrder("metric_values.scope_dimensions_present",
        "metric_values.no_unexpected_rows");
  }

  @Test
  void aDuplicatedKeyInCurrentRegionsFailsKeyUnique() throws Exception {
    wh.currentKeys(SourceDataset.REGIONS, "D1", "D2", "D1");

    CheckReport report = check(JAN);

    assertThat(failed(report, JAN)).containsExactly("current_state.key_unique");
    assertThat(findings(report, "current_state.key_unique")).extracting(CheckResult::observed, CheckResult::detail)
        .containsExactly(tuple(2.0, "current/regions: key D1 appears 2 times"));
  }

  @Test
  void heldReferencesWarnUpToTheShareAndFailAboveIt() throws Exception {
    // The good warehouse holds 2 current records per dataset: 1 held activity that would be current is
    // 1 of 3 records; a held letter older than its current version is missing from no figure.
    wh.copy("SELECT * FROM (VALUES ('activities', 'b1', 'A9', 'platform_id', 'P9',"
        + " 'platform_id \"P9\" is not a known platforms key', true, true), ('letters', 'b1', 'L9', 'department_code',"
        + " 'DX', 'department_code \"DX\" is not a known departments key', false, false))"
        + " AS t(dataset, batch_id, key, field, missing_key, reason, pending_at_ingest, supersedes_current)",
        wh.layout.candidateMart("reference_holds").resolve("part-00000.parquet"));

    CheckReport strict = check(JAN);
    CheckReport tolerant = new CheckRunner(wh.layout, new CheckSettings(0.5, 45).withMaxHeldShare(0.5), progress::add)
        .run(List.of(JAN));

    assertThat(failed(strict, JAN)).containsExactly("reference_holds.unresolved_references_share");
    assertThat(findings(strict, "reference_holds.unresolved_references_share"))
        .extracting(CheckResult::detail)
        .containsExactly("activities: 1 of 3 record(s) held (33.3 %), e.g. platform_id \"P9\" is not a known platforms key");
    assertThat(failed(tolerant, JAN)).isEmpty();
    assertThat(warned(tolerant, JAN)).contains("reference_holds.unresolved_references");
    assertThat(findings(tolerant, "reference_holds.unresolved_references")).extracting(CheckResult::detail)
        .containsExactly("activities: 1 held version(s) of 3 record(s), e.g. platform_id \"P9\" is not a known platforms key");
  }

  @Test
  void aNullKeyFailsKeyNotNullAlsoForCompositeKeys() throws Exception {
    wh.currentKeys(SourceDataset.DUTY_ROSTER, "K1", null);

    CheckReport report = check(JAN);

    assertThat(failed(report, JAN)).containsExactly("current_state.key_not_null");
    assertThat(findings(report, "current_state.key_not_null")).extracting(CheckResult::detail)
        .containsExactly("current/duty_roster: 1 row(s) with a null key field");
  }

  @Test
  void aDatasetWithoutCurrentStateFails() throws Exception {
    TestWarehouse.deleteTree(wh.layout.current(SourceDataset.LIVELIHOOD_PROJECTS));

    CheckReport report = check(JAN);

    assertThat(failed(report, JAN)).containsExactly("current_state.current_state_present");
    assertThat(findings(report, "current_state.current_state_present")).extracting(CheckResult::detail)
        .containsExactly("current/livelihood_projects/ (民生实事项目) holds no Parquet file");
  }

  @Test
  void anEmptyCurrentStateFailsOnlyWhenBatchesAcceptedRows() throws Exception {
    wh.currentKeys(SourceDataset.REGIONS);
    assertThat(findings(check(JAN), "current_state.current_state_present")).extracting(CheckResult::detail)
        .containsExactly("current/regions/ (行政区划) holds no row, though ingested batches accepted 9 row(s)");

    TestWarehouse.deleteTree(wh.layout.raw().resolve("regions"));
    wh.ledger("regions", "b1", "INGESTED", TestWarehouse.EXTRACTED, 1, 0, 1);
    assertThat(failed(check(JAN), JAN)).isEmpty();
  }

  @Test
  void aBatchThatLostRowsFailsConservationForEveryPeriodChecked() throws Exception {
    wh.candidate(DEC, TestWarehouse.goodFigures(DEC));
    wh.ledger("messages", "b2", "INGESTED", TestWarehouse.EXTRACTED, 10, 8, 1);

    CheckReport report = check(DEC, JAN);

    assertThat(report.failedPeriods()).containsExactly(DEC, JAN);
    assertThat(failed(report, JAN)).containsExactly("ingest_ledger.batch_conservation");
    assertThat(findings(report, "ingest_ledger.batch_conservation")).extracting(CheckResult::observed)
        .containsExactly(1.0, 1.0);
  }

  @Test
  void aDuplicateBatchThatAddedRowsFails() throws Exception {
    wh.ledger("messages", "b2", "DUPLICATE", TestWarehouse.EXTRACTED, 10, 0, 0);
    assertThat(failed(check(JAN), JAN)).isEmpty();

    wh.ledger("messages", "b2", "DUPLICATE", TestWarehouse.EXTRACTED, 10, 10, 0);
    assertThat(failed(check(JAN), JAN)).containsExactly("ingest_ledger.duplicate_batch_empty");
  }

  @Test
  void aSourceWithoutBatchAfterThePeriodEndFailsFreshness() throws Exception {
    // Only batch of messages: extracted at the last second of January, which is not after its end.
    TestWarehouse.deleteTree(wh.layout.raw().resolve("messages"));
    wh.ledger("messages", "b1", "INGESTED", LocalDateTime.of(2023, 1, 31, 23, 59, 59), 1, 1, 0);

    CheckReport report = check(JAN);

    assertThat(failed(report, JAN)).containsExactly("source_freshness.within_error_after");
    assertThat(findings(report, "source_freshness.within_error_after"))
        .extracting(CheckResult::observed, CheckResult::detail)
        .containsExactly(tuple(0.0, "messages (群众留言): newest batch extracted 2023-01-31 23:59:59,"
            + " not after the period end 2023-01-31 23:59:59"));

    wh.ledger("messages", "b2", "INGESTED", LocalDateTime.of(2023, 2, 1, 0, 0), 1, 1, 0);
    assertThat(failed(check(JAN), JAN)).isEmpty();
  }

  @Test
  void aSourceLaggingMoreThanTheSetDaysIsAWarningOnly() throws Exception {
    // Every source delivered up to 2023-04-01 except messages (2023-02-01): 59 days behind.
    for (SourceDataset d : SourceDataset.values()) {
      if (d != SourceDataset.MESSAGES) {
        wh.ledger(d.datasetName(), "b2", "INGESTED", LocalDateTime.of(2023, 4, 1, 2, 0), 5, 5, 0);
      }
    }

    CheckReport report = check(JAN);

    assertThat(report.verdicts().get(JAN)).isEqualTo(Outcome.PASS);
    assertThat(warned(report, JAN)).containsExactly("source_freshness.source_not_stale");
    assertThat(findings(report, "source_freshness.source_not_stale")).extracting(CheckResult::observed)
        .containsExactly(59.0);
    CheckReport tolerant = new CheckRunner(wh.layout, new CheckSettings(0.5, 60), progress::add).run(List.of(JAN));
    assertThat(tolerant.warnings()).isEmpty();
  }

  @Test
  void aCityFigureThatMoved60PercentIsAWarningOnly() throws Exception {
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN).stream()
        .map(f -> f.is("messages_received", "CITY", "CITY") ? f.withFraction(16.0, 16.0, null) : f).toList());

    CheckReport report = check(JAN);

    assertThat(report.hasFailures()).isFalse();
    assertThat(findings(report, "metric_values.city_move_within_share"))
        .extracting(CheckResult::outcome, CheckResult::observed, CheckResult::detail)
        .containsExactly(tuple(Outcome.WARN, 0.6,
            "messages_received CITY: 10.0 (2022-12, published) → 16.0, moved 60.0 %"));
    assertThat(findings(report, "metric_values.city_move_within_share").get(0).expected())
        .isEqualTo("|value − previous| ÷ |previous| <= 0.5 against 2022-12");
  }

  @Test
  void theMoveIsMeasuredAgainstTheCandidateOfTheSameRunFirst() throws Exception {
    // Published December says 16, December's candidate in this run says 10 → January's 16 moved 60 %.
    wh.published(DEC, TestWarehouse.goodFigures(DEC).stream()
        .map(f -> f.is("messages_received", "CITY", "CITY") ? f.withFraction(16.0, 16.0, null) : f).toList());
    wh.candidate(DEC, TestWarehouse.goodFigures(DEC));
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN).stream()
        .map(f -> f.is("messages_received", "CITY", "CITY") ? f.withFraction(16.0, 16.0, null) : f).toList());

    assertThat(findings(check(JAN), "metric_values.city_move_within_share")).isEmpty();
    assertThat(findings(check(DEC, JAN), "metric_values.city_move_within_share"))
        .extracting(CheckResult::period, CheckResult::detail)
        .containsExactly(tuple("2023-01", "messages_received CITY: 10.0 (2022-12, candidate) → 16.0, moved 60.0 %"));
  }

  @Test
  void theOperatorReportNamesPeriodCheckObservedValueAndWhatToDo() throws Exception {
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN).stream()
        .map(f -> f.is("letter_on_time_rate", "CITY", "CITY") ? f.withFraction(1.2, 12.0, 10.0) : f).toList());

    CheckReport report = check(JAN);

    Path md = report.failureReport().orElseThrow();
    assertThat(md).isEqualTo(root.resolve("checks").resolve(report.runId() + ".md"));
    assertThat(Files.readString(md))
        .contains("| 2023-01 | FAIL | metric_values.rate_within_0_1 |")
        .contains("## 2023-01 — FAIL")
        .contains("### `metric_values.rate_within_0_1`")
        .contains("比率在 0 与 1 之间 / rates lie within [0, 1]")
        .contains("observed **1.2** — letter_on_time_rate CITY/CITY: 1.2 = 12.0 / 10.0")
        .contains("- What to do: A share above 1");
    assertThat(report.summary()).contains("2023-01  FAIL  failed: metric_values.rate_within_0_1")
        .contains("Why it failed: " + md);
    assertThat(report.toUserException().exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
    assertThat(report.toUserException().getMessage())
        .contains("2023-01", "metric_values.rate_within_0_1", md.toString());
  }

  @Test
  void manyFindingsAreCappedWithACount() throws Exception {
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN).stream()
        .filter(f -> !f.scopeType().equals("DEPARTMENT")).toList());

    List<CheckResult> missing = findings(check(JAN), "metric_values.row_present_for_every_scope");

    long departmentFigures = TestWarehouse.goodFigures(JAN).stream().filter(f -> f.scopeType().equals("DEPARTMENT"))
        .count();
    assertThat(missing).hasSize(CheckEvaluator.MAX_FINDINGS_KEPT + 1);
    assertThat(missing.get(CheckEvaluator.MAX_FINDINGS_KEPT).observed()).isEqualTo((double) departmentFigures);
  }
}
