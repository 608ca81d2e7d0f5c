package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;

/** Inputs the ingest fuzzer ({@link IngestFuzzTest}) found trouble with, kept as they were found. */
class IngestFuzzRegressionTest {
  private static final String HEADER = "project_id,level,district_code,year,title,votes_for,votes_cast,selected,"
      + "department_code,budget_wan,progress_pct,satisfaction_score,updated_at\n";

  @TempDir
  Path temp;

  /**
   * HUGE_FIELD of 2^20 digits in front of a budget (seed 20261128): BigDecimal's quadratic parsing held
   * ingest for over a minute per such row. Now the value is refused by its length, at once.
   */
  @Test
  void aMillionDigitDecimalIsSetAsideWithoutBeingParsed() {
    TestLanding landing = new TestLanding(temp.resolve("landing"));
    landing.batch("livelihood_projects", "f0001").file("part-0.csv", HEADER + "LP1,CITY,,2024,道路,40,50,true,,"
        + "9".repeat(1 << 20) + "1200.5,30,88.25,2024-02-01 00:00:00\n", 1).writeManifest();
    IngestReport report = new IngestJob(new IngestSettings(landing.root, temp.resolve("wh"), TestLanding.KEY),
        line -> { }).run();
    assertThat(report.outcomes()).singleElement().extracting(BatchOutcome::status, BatchOutcome::rowsSetAside)
        .containsExactly(BatchStatus.INGESTED, 1L);
    assertThat(new TestWarehouse(temp.resolve("wh")).setAside(SourceDataset.LIVELIHOOD_PROJECTS, "f0001"))
        .singleElement().satisfies(row -> assertThat((String) row.get("reason")).startsWith("budget_wan "));
  }

  /**
   * ODD_VALUES {@code 0.1e-2147483647} as a JSON key (seed 7, run 10, batch f0082, kept as found): Jackson's
   * NumberFormatException escaped the JSON Lines reader and ended ingest as an internal error (exit 1).
   */
  @Test
  void aJsonNumberOutOfBigDecimalRangeIsAMalformedRecord() throws Exception {
    Path batch = java.nio.file.Files.createDirectories(temp.resolve("landing/evaluations/f0082"));
    for (String file : new String[] {"_manifest.json", "part-0.jsonl"}) {
      java.nio.file.Files.write(batch.resolve(file), TestLanding.resource(getClass(), "evaluations/f0082/" + file));
    }
    IngestReport report = new IngestJob(new IngestSettings(temp.resolve("landing"), temp.resolve("wh"),
        TestLanding.KEY), line -> { }).run();
    BatchOutcome outcome = report.outcomes().get(0);
    assertThat(outcome.status()).isEqualTo(BatchStatus.INGESTED);
    assertThat(outcome.rowsIn()).isEqualTo(5L).isEqualTo(outcome.rowsAccepted() + outcome.rowsSetAside());
    assertThat(new TestWarehouse(temp.resolve("wh")).setAside(SourceDataset.EVALUATIONS, "f0082"))
        .filteredOn(row -> Long.valueOf(5).equals(row.get("source_line")))
        .singleElement().satisfies(row -> assertThat((String) row.get("reason")).contains("number out of range"));
  }

  /** A huge exponent is kept in scientific notation (expanding 1e999999999 would need a gigabyte). */
  @Test
  void aJsonNumberWithAHugeExponentIsSetAsideNotExpanded() {
    TestLanding landing = new TestLanding(temp.resolve("landing"));
    landing.batch("drafts", "f1").format("jsonl").file("d.jsonl", "{\"draft_id\":1e999999999,\"title\":\"x\","
        + "\"kind\":\"LAW\",\"stage\":\"PROJECT\",\"updated_at\":\"2024-01-01 00:00:00\",\"solicitation_opens_on\":"
        + "1e999999999}\n", 1).writeManifest();
    IngestReport report = new IngestJob(new IngestSettings(landing.root, temp.resolve("wh"), TestLanding.KEY),
        line -> { }).run();
    assertThat(report.outcomes()).singleElement().extracting(BatchOutcome::status, BatchOutcome::rowsSetAside)
        .containsExactly(BatchStatus.INGESTED, 1L);
    assertThat(new TestWarehouse(temp.resolve("wh")).setAside(SourceDataset.DRAFTS, "f1")).singleElement()
        .satisfies(row -> assertThat((String) row.get("reason")).contains("1E+999999999"));
  }
}
