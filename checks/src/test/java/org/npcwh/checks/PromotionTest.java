package org.npcwh.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.ReleaseDraft;
import org.npcwh.core.layout.Releases;
import org.npcwh.core.period.Period;

class PromotionTest {
  private static final Period DEC = Period.parse("2022-12");
  private static final Period JAN = Period.parse("2023-01");

  @TempDir Path root;
  private TestWarehouse wh;

  @BeforeEach
  void goodSources() throws Exception {
    wh = new TestWarehouse(root).withGoodSources();
  }

  @AfterEach
  void close() throws Exception {
    wh.close();
  }

  private CheckReport check(Period... periods) {
    return new CheckRunner(wh.layout, CheckSettings.defaults(), line -> { }).run(List.of(periods));
  }

  private static List<Figure> badRate(Period period) {
    return TestWarehouse.goodFigures(period).stream()
        .map(f -> f.is("letter_on_time_rate", "CITY", "CITY") ? f.withFraction(1.2, 12.0, 10.0) : f).toList();
  }

  @Test
  void publishesPassedPeriodsAndHoldsFailedOnesWithTheirLastGoodFiguresUntouched() throws Exception {
    Path janCandidate = wh.candidate(JAN, TestWarehouse.goodFigures(JAN));
    byte[] janFigures = Files.readAllBytes(janCandidate);
    Path decPublished = wh.published(DEC, TestWarehouse.goodFigures(DEC));
    byte[] lastGoodDec = Files.readAllBytes(decPublished);
    Path decCandidate = wh.candidate(DEC, badRate(DEC));
    CheckReport checked = check(DEC, JAN);

    PromotionReport promoted = promote();

    assertThat(promoted.published()).containsExactly("2023-01");
    assertThat(promoted.held()).extracting(PromotionReport.Held::period, PromotionReport.Held::reason,
            PromotionReport.Held::runId, PromotionReport.Held::failedChecks)
        .containsExactly(tuple("2022-12", PromotionReport.Reason.FAILED_CHECKS, checked.runId(),
            List.of("metric_values.rate_within_0_1")));
    assertThat(wh.layout.metricValues().resolve("2023-01.parquet")).hasBinaryContent(janFigures);
    assertThat(janCandidate).doesNotExist();
    assertThat(decPublished).hasBinaryContent(lastGoodDec);
    assertThat(decCandidate).exists();
    assertThat(promoted.summary()).contains("Published 1 period(s): 2023-01")
        .contains("2022-12: failed metric_values.rate_within_0_1 in check run " + checked.runId());
  }

  @Test
  void holdsAPeriodThatWasNeverChecked() throws Exception {
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN));

    PromotionReport promoted = promote();

    assertThat(promoted.published()).isEmpty();
    assertThat(promoted.held()).extracting(PromotionReport.Held::period, PromotionReport.Held::reason)
        .containsExactly(tuple("2023-01", PromotionReport.Reason.NEVER_CHECKED));
    assertThat(wh.layout.metricValues().resolve("2023-01.parquet")).doesNotExist();
  }

  @Test
  void theNewestCheckRunDecides() throws Exception {
    wh.candidate(JAN, badRate(JAN));
    assertThat(check(JAN).hasFailures()).isTrue();
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN));
    setModified(wh.layout.candidateMetricValues().resolve("2023-01.parquet"), Instant.now().minusSeconds(60));
    assertThat(check(JAN).hasFailures()).isFalse();

    assertThat(promote().published()).containsExactly("2023-01");
  }

  @Test
  void aPassThatAnEarlierRunFailedIsStillHeldWhenANewerRunFailsIt() throws Exception {
    wh.candidate(JAN, TestWarehouse.goodFigures(JAN));
    setModified(wh.layout.candidateMetricValues().resolve("2023-01.parquet"), Instant.now().minusSeconds(60));
    assertThat(check(JAN).hasFailures()).isFalse();
    wh.ledger("messages", "b2", "INGESTED", TestWarehouse.EXTRACTED, 10, 8, 1);
    CheckReport newest = check(JAN);

    PromotionReport promoted = promote();

    assertThat(promoted.held()).extracting(PromotionReport.Held::runId, PromotionReport.Held::failedChecks)
        .containsExactly(tuple(newest.runId(), List.of("ingest_ledger.batch_conservation")));
  }

  @Test
  void holdsACandidateRecomputedAfterItsChecks() throws Exception {
    Path candidate = wh.candidate(JAN, TestWarehouse.goodFigures(JAN));
    CheckReport checked = check(JAN);
    setModified(candidate, RunStamp.instantOf(checked.checkedAt()).plusSeconds(5));

    PromotionReport promoted = promote();

    assertThat(promoted.held()).extracting(PromotionReport.Held::reason, PromotionReport.Held::runId)
        .containsExactly(tuple(PromotionReport.Reason.CHANGED_SINCE_CHECKED, checked.runId()));
    assertThat(candidate).exists();
  }

  /** What publish does with the plan: a release draft, the passing files linked in, one commit. */
  private PromotionReport promote() {
    Promotion promotion = new Promotion(wh.layout);
    PromotionReport plan = promotion.plan();
    Releases releases = new Releases(wh.layout);
    try (ReleaseDraft draft = releases.draft()) {
      promotion.apply(plan, draft);
      releases.commit(draft);
    }
    promotion.consume(plan);
    return plan;
  }

  private static void setModified(Path file, Instant when) throws Exception {
    Files.setLastModifiedTime(file, FileTime.from(when));
  }
}
