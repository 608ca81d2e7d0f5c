package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;

/** A batch id delivered again: same content is left alone, other content is rejected and changes nothing. */
class IngestRedeliveryTest extends FreshFoldersTest {
  private static final String HEADER = "region_code,name,level,parent_code\n";
  private static final String TWO_REGIONS = HEADER + "FT,福田区,DISTRICT,\nFT01,园岭街道,STREET,FT\n";
  private static final String THREE_REGIONS = TWO_REGIONS + "NS,南山区,DISTRICT,\n";

  @BeforeEach
  void setUp() {
    landing.batch("regions", "b1").mode("full").file("regions.csv", TWO_REGIONS, 2).writeManifest();
    ingest();
  }

  private String ingestedHash() {
    return Ledger.readAll(warehouse.root).get(0).contentSha256();
  }

  @Test
  void changedFilesUnderAnIngestedBatchIdAreRejectedWholeAndTheIngestedVersionStays() {
    Map<String, byte[]> before = warehouse.allFiles();
    String ingested = ingestedHash();
    landing.batch("regions", "b1").mode("full").file("regions.csv", THREE_REGIONS, 3).writeManifest();

    BatchOutcome outcome = ingest().outcomes().get(0);

    assertThat(outcome.status()).isEqualTo(BatchStatus.REJECTED);
    assertThat(outcome.message()).startsWith("batch regions/b1 was already ingested with other files: its manifest"
        + " now lists content SHA-256 ").contains(", not the ingested " + ingested + "; nothing of this delivery was"
        + " loaded; the version in the raw layer since ").contains("as INGESTED (content SHA-256 " + ingested
        + ") stays as it is. Deliver changed data under a new batch id, and restore or remove this folder");
    assertThat(outcome.message()).doesNotContain("null");
    assertThat(warehouse.data(SourceDataset.REGIONS, "b1")).hasSize(2);
    assertThat(Ledger.readAll(warehouse.root)).singleElement()
        .extracting(LedgerEntry::status, LedgerEntry::rowsIn, LedgerEntry::contentSha256)
        .containsExactly(BatchStatus.INGESTED, 2L, ingested);
    assertThat(warehouse.rejection("regions", "b1")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("status", "REJECTED").containsEntry("reason", outcome.message()));
    Map<String, byte[]> after = warehouse.allFiles();
    after.keySet().removeIf(name -> name.startsWith("raw/_rejected/"));
    assertThat(after).containsOnlyKeys(before.keySet());
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void restoringTheIngestedContentEndsTheRejectionAndKeepsTheBatch() {
    landing.batch("regions", "b1").mode("full").file("regions.csv", THREE_REGIONS, 3).writeManifest();
    assertThat(ingest().outcomes()).extracting(BatchOutcome::status).containsExactly(BatchStatus.REJECTED);
    landing.batch("regions", "b1").mode("full").file("regions.csv", TWO_REGIONS, 2).writeManifest();

    assertThat(ingest().outcomes()).extracting(BatchOutcome::status, BatchOutcome::rowsAccepted)
        .containsExactly(tuple(BatchStatus.ALREADY_INGESTED, 2L));
    assertThat(warehouse.layout.rejected().resolve("regions").resolve("b1.parquet")).doesNotExist();
    assertThat(warehouse.data(SourceDataset.REGIONS, "b1")).hasSize(2);
  }

  @Test
  void changedContentDeliveredUnderANewBatchIdIsIngested() {
    landing.batch("regions", "b1").mode("full").file("regions.csv", THREE_REGIONS, 3).writeManifest();
    ingest();
    landing.batch("regions", "b1").mode("full").file("regions.csv", TWO_REGIONS, 2).writeManifest();
    landing.batch("regions", "b2").mode("full").extractedAt("2024-04-01 00:00:00")
        .file("regions.csv", THREE_REGIONS, 3).writeManifest();

    assertThat(ingest().outcomes()).extracting(BatchOutcome::batchId, BatchOutcome::status)
        .containsExactly(tuple("b1", BatchStatus.ALREADY_INGESTED), tuple("b2", BatchStatus.INGESTED));
  }

  @Test
  void sameContentUnderAnotherFileNameOrExtractionTimeIsStillAlreadyIngested() throws Exception {
    Files.delete(landing.root.resolve("regions/b1/regions.csv"));
    landing.batch("regions", "b1").mode("full").extractedAt("2024-04-02 00:00:00")
        .file("all-regions.csv", TWO_REGIONS, 2).writeManifest();
    assertThat(ingest().outcomes()).extracting(BatchOutcome::status).containsExactly(BatchStatus.ALREADY_INGESTED);
    assertThat(warehouse.layout.rejected().resolve("regions")).doesNotExist();
  }

  @Test
  void anIngestedBatchWhoseManifestIsBeingRewrittenIsLeftAloneUntilItHasOne() throws Exception {
    Files.delete(landing.root.resolve("regions/b1/_manifest.json"));
    Files.writeString(landing.root.resolve("regions/b1/regions.csv"), THREE_REGIONS);
    assertThat(ingest().outcomes()).extracting(BatchOutcome::status).containsExactly(BatchStatus.ALREADY_INGESTED);
  }

  @Test
  void aMalformedManifestOfAnIngestedBatchIsRejectedAndTheIngestedVersionStays() {
    String ingested = ingestedHash();
    landing.batch("regions", "b1").writeManifest("{\"dataset\":\"regions\"}");
    BatchOutcome outcome = ingest().outcomes().get(0);
    assertThat(outcome.status()).isEqualTo(BatchStatus.REJECTED);
    assertThat(outcome.message()).startsWith("the manifest lacks the field batch_id; the version in the raw layer")
        .endsWith("(content SHA-256 " + ingested + ") stays as it is");
    assertThat(warehouse.data(SourceDataset.REGIONS, "b1")).hasSize(2);
  }
}
