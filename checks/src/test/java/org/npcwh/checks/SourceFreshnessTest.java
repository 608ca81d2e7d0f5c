package org.npcwh.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.period.Period;

/**
 * Freshness per source. Fixture: the good warehouse of {@link TestWarehouse} (every source extracted
 * 2023-02-01 02:00, after January's end 2023-01-31 23:59:59), where regions (reference data, re-sent
 * only on change) was last extracted 2022-06-01 02:00: 244 days before January's end.
 */
class SourceFreshnessTest {
  private static final Period JAN = Period.parse("2023-01");
  private static final String WARN = "source_freshness.within_warn_after";
  private static final String ERROR = "source_freshness.within_error_after";

  @TempDir Path root;
  private TestWarehouse wh;

  @BeforeEach
  void warehouseWithOldRegions() throws Exception {
    wh = new TestWarehouse(root).withGoodSources();
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN));
    TestWarehouse.deleteTree(wh.layout.raw().resolve("regions"));
    wh.ledger("regions", "r1", "INGESTED", LocalDateTime.of(2022, 6, 1, 2, 0), 3, 3, 0);
  }

  @AfterEach
  void close() throws Exception {
    wh.close();
  }

  private CheckReport check(CheckSettings settings) {
    return new CheckRunner(wh.layout, settings, line -> { }).run(List.of(JAN));
  }

  private static List<CheckResult> notPassed(CheckReport report, String qualifiedId) {
    return report.results().stream()
        .filter(r -> r.qualifiedId().equals(qualifiedId) && r.outcome() != Outcome.PASS).toList();
  }

  @Test
  void oldReferenceDataWithFreshEventsPublishesWithAWarning() {
    CheckReport report = check(CheckSettings.defaults());

    assertThat(report.verdicts().get(JAN)).isEqualTo(Outcome.PASS);
    assertThat(report.warnings()).extracting(CheckResult::qualifiedId).containsExactly(WARN);
    assertThat(notPassed(report, WARN)).extracting(CheckResult::observed, CheckResult::detail)
        .containsExactly(tuple(244.0, "regions (行政区划): newest batch extracted 2022-06-01 02:00:00, 244 days"
            + " before the period end 2023-01-31 23:59:59 (warning limit: 180 days)"));
  }

  @Test
  void referenceDataWithinItsWarningLimitIsQuiet() throws Exception {
    wh.ledger("regions", "r2", "DUPLICATE", LocalDateTime.of(2022, 8, 5, 2, 0), 3, 0, 0);

    CheckReport report = check(CheckSettings.defaults());

    assertThat(report.warnings()).isEmpty();
    assertThat(report.hasFailures()).as("a DUPLICATE batch is a later, unchanged extract").isFalse();
  }

  @Test
  void eventDataWithoutExtractAfterThePeriodEndFails() throws Exception {
    TestWarehouse.deleteTree(wh.layout.raw().resolve("letters"));
    wh.ledger("letters", "l1", "INGESTED", LocalDateTime.of(2023, 1, 15, 2, 0), 4, 4, 0);

    CheckReport report = check(CheckSettings.defaults());

    assertThat(report.verdicts().get(JAN)).isEqualTo(Outcome.FAIL);
    assertThat(notPassed(report, ERROR)).extracting(CheckResult::observed, CheckResult::detail)
        .containsExactly(tuple(16.0, "letters (代表联系函): newest batch extracted 2023-01-15 02:00:00,"
            + " not after the period end 2023-01-31 23:59:59"));
  }

  @Test
  void perDatasetLimitsReplaceTheDefaults() throws Exception {
    TestWarehouse.deleteTree(wh.layout.raw().resolve("letters"));
    wh.ledger("letters", "l1", "INGESTED", LocalDateTime.of(2023, 1, 15, 2, 0), 4, 4, 0);
    CheckSettings settings = CheckSettings.defaults()
        .withFreshness(SourceDataset.LETTERS, Freshness.Change.parse("error:30d"))
        .withFreshness(SourceDataset.REGIONS, Freshness.Change.parse("error:200d"));

    CheckReport report = check(settings);

    assertThat(notPassed(report, ERROR)).extracting(CheckResult::detail)
        .containsExactly("regions (行政区划): newest batch extracted 2022-06-01 02:00:00, more than 200 days"
            + " (its error limit) before the period end 2023-01-31 23:59:59");
    assertThat(report.warnings()).as("past its error limit, regions is not also a warning").isEmpty();

    CheckReport quiet =
        check(settings.withFreshness(SourceDataset.REGIONS, Freshness.Change.parse("warn:none,error:none")));
    assertThat(quiet.hasFailures()).isFalse();
    assertThat(quiet.warnings()).isEmpty();
  }

  @Test
  void limitsParseAsWarnAndErrorDaysOrNone() {
    Freshness base = Freshness.defaultFor(SourceDataset.REGIONS);

    assertThat(base).isEqualTo(new Freshness(Freshness.REFERENCE_WARN_AFTER_DAYS_DEFAULT, null));
    assertThat(Freshness.defaultFor(SourceDataset.MESSAGES)).isEqualTo(new Freshness(null, 0));
    assertThat(Freshness.Change.parse("error:365d").applyTo(base)).isEqualTo(new Freshness(180, 365));
    assertThat(Freshness.Change.parse(" WARN:90d , error:none").applyTo(new Freshness(1, 2)))
        .isEqualTo(new Freshness(90, null));
    assertThat(new Freshness(180, null)).hasToString("warn:180d,error:none");
    for (String wrong : new String[] {"180d", "warn:180", "warn:-1d", "warn:180d,warn:90d", "warn:1w", ""}) {
      assertThatThrownBy(() -> Freshness.Change.parse(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + wrong + "'");
    }
  }
}
