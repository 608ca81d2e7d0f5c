package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rejection messages quote file content masked and capped: a huge line is neither stored nor printed. */
class RejectionMessageTest extends FreshFoldersTest {
  private static final int TEN_MB = 10 * 1024 * 1024;
  private static final String PROJECTS = "project_id,level,district_code,year,title,votes_for,votes_cast,selected,"
      + "department_code,budget_wan,progress_pct,satisfaction_score,updated_at";

  @Test
  void aTenMegabyteHeaderLineIsCutMaskedAndPrintedOnlyCut() {
    String column = "联系13912345678" + "x".repeat(TEN_MB);
    landing.batch("livelihood_projects", "l1").file("projects.csv", PROJECTS + "," + column + "\n", 0)
        .writeManifest();
    IngestReport report = ingest();
    String message = report.outcomes().get(0).message();
    assertThat(message).startsWith("the header of file projects.csv has unknown columns 联系139******78xxx")
        .contains("… (" + column.length() + " characters) (livelihood_projects expects project_id, ")
        .doesNotContain("13912345678")
        .hasSizeLessThan(1_000);
    assertThat(warehouse.rejection("livelihood_projects", "l1")).extracting(r -> r.get("reason"))
        .containsExactly(message);
    String printed = String.join("\n", progress) + report.summary();
    assertThat(printed).hasSizeLessThan(3_000).doesNotContain("13912345678");
  }

  @Test
  void aHugeHeaderOfAPersonalDatasetIsCountedNotShown() {
    landing.batch("messages", "m1").file("messages.csv", "张三13800138000" + "说".repeat(TEN_MB) + "\n", 0)
        .writeManifest();
    String message = ingest().outcomes().get(0).message();
    assertThat(message).contains("has unknown columns 1 not shown (they may hold personal data")
        .doesNotContain("13800138000", "张三").hasSizeLessThan(1_000);
  }

  @Test
  void aHugeManifestValueIsCutAndMasked() {
    // Below the 4 MiB a manifest may have (a larger one is refused before it is read).
    int threeMb = 3_000_000;
    landing.batch("regions", "r1").file("regions.csv", "region_code,name,level,parent_code\n", 0)
        .writeManifest("{\"dataset\":\"regions\",\"batch_id\":\"r1\",\"extracted_at\":\"2024-03-31 23:00:00\","
            + "\"mode\":\"full 13912345678" + "y".repeat(threeMb) + "\",\"format\":\"csv\",\"encoding\":\"UTF-8\","
            + "\"files\":[]}");
    String message = ingest().outcomes().get(0).message();
    assertThat(message).startsWith("the manifest has mode \"full 139******78yyy")
        .endsWith("… (" + (threeMb + 16) + " characters)\"; allowed: full, incremental")
        .hasSizeLessThan(1_000);
  }
}
