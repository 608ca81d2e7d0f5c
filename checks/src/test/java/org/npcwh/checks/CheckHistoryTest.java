package org.npcwh.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.period.Period;

class CheckHistoryTest {
  private static final Period DEC = Period.parse("2022-12");
  private static final Period JAN = Period.parse("2023-01");

  @TempDir Path root;
  private TestWarehouse wh;

  @BeforeEach
  void warehouse() throws Exception {
    wh = new TestWarehouse(root).withGoodSources();
    wh.published(DEC, TestWarehouse.goodFigures(DEC));
  }

  @AfterEach
  void close() throws Exception {
    wh.close();
  }

  private CheckReport check(Period period) {
    return new CheckRunner(wh.layout, CheckSettings.defaults(), line -> { }).run(List.of(period));
  }

  private static List<Figure> moved(Period period, double messages) {
    return TestWarehouse.goodFigures(period).stream()
        .map(f -> f.is("messages_received", "CITY", "CITY") ? f.withFraction(messages, messages, null) : f).toList();
  }

  @Test
  void theResultsOfEveryRunStayQueryableInDuckDb() throws Exception {
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN));
    CheckReport first = check(JAN);
    // A count of -1 fails; it and messages_received (10 → 16) both moved more than 50 %: two warnings.
    wh.candidate(JAN, moved(JAN, 16.0).stream()
        .map(f -> f.is("homes_open", "CITY", "CITY") ? f.withValue(-1.0) : f).toList());
    CheckReport second = check(JAN);

    String glob = root.resolve("checks").resolve("*.parquet").toString();
    assertThat(wh.query("SELECT run_id, count(*) FILTER (outcome = 'FAIL'), count(*) FILTER (outcome = 'WARN'),"
        + " count(DISTINCT table_name || '.' || check_id) FROM read_parquet(?)"
        + " GROUP BY run_id ORDER BY min(checked_at)", glob))
        .containsExactly(
            List.of(first.runId(), 0L, 0L, (long) CheckCatalog.all().size()),
            List.of(second.runId(), 1L, 2L, (long) CheckCatalog.all().size()));
    assertThat(wh.query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))", glob))
        .containsExactly(List.of("run_id", "VARCHAR"), List.of("checked_at", "TIMESTAMP"),
            List.of("period", "VARCHAR"), List.of("check_id", "VARCHAR"), List.of("table_name", "VARCHAR"),
            List.of("severity", "VARCHAR"), List.of("outcome", "VARCHAR"), List.of("observed", "DOUBLE"),
            List.of("expected", "VARCHAR"), List.of("detail", "VARCHAR"));
    assertThat(wh.query("SELECT severity, observed, detail FROM read_parquet(?) WHERE run_id = ? AND outcome = 'FAIL'",
        glob, second.runId()))
        .containsExactly(List.of("FAIL", -1.0, "homes_open CITY/CITY: count -1.0"));
  }

  @Test
  void latestWarningsComeFromTheNewestRunOfThePeriodOnly() throws Exception {
    wh.candidate(JAN, moved(JAN, 16.0));
    CheckReport warned = check(JAN);
    CheckHistory history = new CheckHistory(wh.layout);

    assertThat(history.latestWarnings(JAN))
        .extracting(CheckResult::runId, CheckResult::qualifiedId, CheckResult::severity, CheckResult::observed)
        .containsExactly(tuple(warned.runId(), "metric_values.city_move_within_share", Severity.WARN, 0.6));
    assertThat(history.latestWarnings(JAN).get(0).checkedAt()).isEqualTo(warned.checkedAt());
    assertThat(history.latestResults(DEC)).isEmpty();

    wh.candidate(JAN, moved(JAN, 12.0));
    check(JAN);
    assertThat(history.latestWarnings(JAN)).isEmpty();
    assertThat(history.latestResults(JAN)).hasSize(CheckCatalog.all().size());
  }

  @Test
  void noHistoryYetMeansNoResults() {
    assertThat(new CheckHistory(wh.layout).latestResults(JAN)).isEmpty();
  }
}
