package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.WarehouseLayout;

/** Batches that are unfinished, damaged, badly described, repeated or late. */
class IngestBatchIntegrityTest extends FreshFoldersTest {
  private static final String HEADER = "region_code,name,level,parent_code\n";
  private static final String TWO_REGIONS = HEADER + "FT,福田区,DISTRICT,\nFT01,\"园岭\n街道\",STREET,FT\n";

  private TestLanding.Batch regions(String batchId) {
    return landing.batch("regions", batchId).mode("full");
  }

  private Path published(String batchId) {
    return warehouse.layout.batch(SourceDataset.REGIONS, batchId);
  }

  @Test
  void batchWithoutManifestIsSkippedUntilItHasOne() {
    TestLanding.Batch batch = regions("b1").file("regions.csv", TWO_REGIONS, 2);
    IngestReport first = ingest();
    assertThat(first.outcomes()).extracting(BatchOutcome::batchId, BatchOutcome::status)
        .containsExactly(tuple("b1", BatchStatus.SKIPPED_NO_MANIFEST));
    assertThat(published("b1")).doesNotExist();
    assertThat(first.summary()).contains("regions/b1 SKIPPED_NO_MANIFEST: no _manifest.json yet");

    batch.writeManifest();
    assertThat(ingest().outcomes()).extracting(BatchOutcome::status, BatchOutcome::rowsAccepted)
        .containsExactly(tuple(BatchStatus.INGESTED, 2L));
  }

  @Test
  void checksumMismatchRejectsTheWholeBatchAndItIsRetriedNextRun() throws Exception {
    TestLanding.Batch batch = regions("b1").file("regions.csv", TWO_REGIONS, 2).writeManifest();
    Files.writeString(batch.folder.resolve("regions.csv"), TWO_REGIONS.replace("FT01", "FT02"));

    BatchOutcome rejected = ingest().outcomes().get(0);
    assertThat(rejected.status()).isEqualTo(BatchStatus.REJECTED);
    assertThat(rejected.message()).startsWith("file regions.csv has SHA-256 ").contains("but the manifest says");
    assertThat(published("b1")).doesNotExist();
    assertThat(warehouse.rejection("regions", "b1")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("status", "REJECTED").containsEntry("reason", rejected.message()));

    batch.writeManifest();
    assertThat(ingest().outcomes()).extracting(BatchOutcome::status).containsExactly(BatchStatus.INGESTED);
    assertThat(warehouse.layout.rejected().resolve("regions").resolve("b1.parquet")).doesNotExist();
  }

  @Test
  void recordCountMismatchRejectsEvenThoughLinesWouldMatch() {
    regions("b1").file("regions.csv", TWO_REGIONS, 3).writeManifest();
    BatchOutcome rejected = ingest().outcomes().get(0);
    assertThat(rejected.status()).isEqualTo(BatchStatus.REJECTED);
    assertThat(rejected.message()).isEqualTo("file regions.csv holds 2 records but the manifest says 3");
    assertThat(published("b1")).doesNotExist();
    assertThat(warehouse.layout.raw(SourceDataset.REGIONS)).isEmptyDirectory();
  }

  @Test
  void missingListedFileRejects() throws Exception {
    TestLanding.Batch batch = regions("b1").file("a.csv", TWO_REGIONS, 2).file("b.csv", HEADER, 0).writeManifest();
    Files.delete(batch.folder.resolve("b.csv"));
    assertThat(ingest().outcomes().get(0).message()).isEqualTo("the batch lacks the file b.csv that its manifest lists");
  }

  @Test
  void unlistedFileRejects() throws Exception {
    TestLanding.Batch batch = regions("b1").file("a.csv", TWO_REGIONS, 2).writeManifest();
    Files.writeString(batch.folder.resolve("extra.csv"), HEADER);
    assertThat(ingest().outcomes().get(0).message())
        .isEqualTo("the batch holds files its manifest does not list: extra.csv");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{not json | the manifest is not valid JSON",
      "[] | the manifest is not a JSON object",
      "{\"dataset\":\"regions\"} | the manifest lacks the field batch_id",
      "{\"dataset\":\"deputies\",\"batch_id\":\"b1\"} | the manifest names dataset \"deputies\" but sits in the folder of regions",
      "{\"dataset\":\"regions\",\"batch_id\":\"b2\"} | the manifest names batch_id \"b2\" but sits in the folder b1",
      "{\"dataset\":\"regions\",\"batch_id\":\"b1\",\"extracted_at\":\"2024-03-31T23:00\"} | the manifest has extracted_at \"2024-03-31T23:00\", which is not a timestamp",
      "MODE=weekly | the manifest has mode \"weekly\"; allowed: full, incremental",
      "FORMAT=xlsx | the manifest has format \"xlsx\"; allowed: csv, jsonl",
      "ENCODING=latin1 | the manifest has encoding \"latin1\"; allowed: UTF-8, GB18030",
      "ROWS=-1 | the manifest gives file regions.csv a rows value that is not a whole number of 0 or more",
      "ROWS=\"2\" | the manifest gives file regions.csv a rows value that is not a whole number",
      "SHA=abc | the manifest gives file regions.csv a sha256 that is not 64 hexadecimal digits",
      "NAME=../regions.csv | the manifest lists the file name \"../regions.csv\", which is repeated, reserved or not"})
  void malformedManifestRejectsThatBatchOnly(String manifest, String expectedStart) {
    TestLanding.Batch bad = regions("b1").file("regions.csv", TWO_REGIONS, 2);
    String valid = bad.manifest().toString();
    bad.writeManifest(manifest.startsWith("{") || manifest.startsWith("[") ? manifest : variant(valid, manifest));
    regions("b2").file("regions.csv", TWO_REGIONS.replace("FT01", "NS01"), 2).writeManifest();

    IngestReport report = ingest();
    assertThat(report.outcomes()).extracting(BatchOutcome::batchId, BatchOutcome::status)
        .containsExactly(tuple("b1", BatchStatus.REJECTED), tuple("b2", BatchStatus.INGESTED));
    assertThat(report.outcomes().get(0).message()).startsWith(expectedStart);
    assertThat(warehouse.rejection("regions", "b1")).hasSize(1);
  }

  /** The valid manifest with one value replaced, e.g. {@code MODE=weekly}. */
  private static String variant(String valid, String change) {
    String[] parts = change.split("=", 2);
    return switch (parts[0]) {
      case "MODE" -> valid.replace("\"mode\":\"full\"", "\"mode\":\"" + parts[1] + "\"");
      case "FORMAT" -> valid.replace("\"format\":\"csv\"", "\"format\":\"" + parts[1] + "\"");
      case "ENCODING" -> valid.replace("\"encoding\":\"UTF-8\"", "\"encoding\":\"" + parts[1] + "\"");
      case "ROWS" -> valid.replace("\"rows\":2", "\"rows\":" + parts[1]);
      case "SHA" -> valid.replaceAll("\"sha256\":\"[0-9a-f]+\"", "\"sha256\":\"" + parts[1] + "\"");
      case "NAME" -> valid.replace("\"name\":\"regions.csv\"", "\"name\":\"" + parts[1] + "\"");
      default -> throw new IllegalArgumentException(change);
    };
  }

  @Test
  void headerWithUnknownOrMissingColumnsRejectsNamingThem() {
    regions("b1").file("regions.csv", "region_code,name,level,parent,remark\nFT,福田区,DISTRICT,,\n", 1)
        .writeManifest();
    assertThat(ingest().outcomes().get(0).message()).isEqualTo("the header of file regions.csv lacks the columns "
        + "parent_code and has unknown columns parent, remark (regions expects region_code, name, level, parent_code)");
  }

  @Test
  void fileOfPersonalDataWithoutHeaderRejectsWithoutQuotingItsFirstLine() {
    landing.batch("messages", "m1").file("messages.csv", "M1,P1,2024-03-01 10:00:00,陈小明,13812345678,交通,"
        + "路灯,D1,,,OPEN,2024-03-01 10:00:00\n", 0).writeManifest();
    String message = ingest().outcomes().get(0).message();
    assertThat(message).startsWith("the header of file messages.csv lacks the columns message_id, platform_id, ")
        .contains("has unknown columns M1, P1, D1, OPEN and 8 not shown (they may hold personal data: is the header row missing?)")
        .doesNotContain("陈小明", "13812345678");
    assertThat(warehouse.rejection("messages", "m1").toString()).doesNotContain("陈小明", "13812345678");
    assertThat(progress.get(0)).doesNotContain("陈小明", "13812345678");
  }

  @Test
  void textNotInTheDeclaredEncodingRejects() {
    regions("b1").file("regions.csv", TWO_REGIONS.getBytes(Charset.forName("GB18030")), 2).writeManifest();
    assertThat(ingest().outcomes().get(0).message()).startsWith("file regions.csv is not valid UTF-8 text");
  }

  @Test
  void sameFilesUnderAnotherBatchIdAreADuplicateWithLedgerOnly() {
    regions("b1").extractedAt("2024-03-01 00:00:00").file("regions.csv", TWO_REGIONS, 2).writeManifest();
    ingest();
    regions("b2").extractedAt("2024-03-02 00:00:00").file("all.csv", TWO_REGIONS, 2).writeManifest();

    IngestReport report = ingest();
    assertThat(report.outcomes()).extracting(BatchOutcome::batchId, BatchOutcome::status, BatchOutcome::message)
        .containsExactly(tuple("b1", BatchStatus.ALREADY_INGESTED, report.outcomes().get(0).message()),
            tuple("b2", BatchStatus.DUPLICATE, "same files as batch b1"));
    assertThat(published("b2")).isDirectoryContaining(p -> p.endsWith(WarehouseLayout.LEDGER_FILE))
        .isDirectoryNotContaining(p -> p.endsWith(WarehouseLayout.DATA_FILE));
    LedgerEntry duplicate = Ledger.readAll(warehouse.root).get(1);
    assertThat(duplicate).extracting(LedgerEntry::status, LedgerEntry::duplicateOf, LedgerEntry::rowsIn,
        LedgerEntry::rowsAccepted, LedgerEntry::rowsSetAside)
        .containsExactly(BatchStatus.DUPLICATE, "b1", 2L, 0L, 0L);
    assertThat(duplicate.contentSha256()).isEqualTo(Ledger.readAll(warehouse.root).get(0).contentSha256());
    assertThat(ingest().outcomes()).extracting(BatchOutcome::status)
        .containsExactly(BatchStatus.ALREADY_INGESTED, BatchStatus.ALREADY_INGESTED);
  }

  @Test
  void staleBatchArrivingAfterANewerOneIsIngestedToo() {
    regions("b-new").extractedAt("2024-03-02 08:00:00").file("regions.csv", TWO_REGIONS, 2).writeManifest();
    ingest();
    regions("b-old").extractedAt("2024-03-01 08:00:00").file("regions.csv", HEADER + "FT,福田区,DISTRICT,\n", 1)
        .writeManifest();
    assertThat(ingest().outcomes()).extracting(BatchOutcome::batchId, BatchOutcome::status)
        .containsExactly(tuple("b-new", BatchStatus.ALREADY_INGESTED), tuple("b-old", BatchStatus.INGESTED));
    assertThat(Ledger.readAll(warehouse.root))
        .extracting(LedgerEntry::batchId, LedgerEntry::status, LedgerEntry::rowsAccepted)
        .containsExactly(tuple("b-old", BatchStatus.INGESTED, 1L), tuple("b-new", BatchStatus.INGESTED, 2L));
  }

  @Test
  void batchesOfADatasetAreTakenByExtractedAtThenBatchId() {
    regions("a").extractedAt("2024-03-03 00:00:00").file("r.csv", HEADER + "A,甲,DISTRICT,\n", 1).writeManifest();
    regions("c").extractedAt("2024-03-01 00:00:00").file("r.csv", HEADER + "C,丙,DISTRICT,\n", 1).writeManifest();
    regions("b").extractedAt("2024-03-01 00:00:00").file("r.csv", HEADER + "B,乙,DISTRICT,\n", 1).writeManifest();
    assertThat(ingest().outcomes()).extracting(BatchOutcome::batchId).containsExactly("b", "c", "a");
  }

  @Test
  void unknownDatasetFolderIsReportedWithTheNameItMeantAndLeftAlone() throws Exception {
    regions("b1").file("regions.csv", TWO_REGIONS, 2).writeManifest();
    Files.createDirectories(landing.root.resolve("citizens").resolve("b1"));
    Files.createDirectories(landing.root.resolve("mesages").resolve("m1"));
    Files.createDirectories(landing.root.resolve("_archive").resolve("x"));
    Files.createDirectories(landing.root.resolve(".git"));
    IngestReport report = ingest();
    assertThat(report.outcomes()).extracting(BatchOutcome::dataset, BatchOutcome::status).containsExactly(
        tuple("citizens", BatchStatus.SKIPPED_UNKNOWN_DATASET), tuple("mesages", BatchStatus.SKIPPED_UNKNOWN_DATASET),
        tuple("regions", BatchStatus.INGESTED));
    assertThat(report.summary()).contains("citizens/ SKIPPED_UNKNOWN_DATASET: not a dataset of the source contract;"
        + " left alone\n").contains("mesages/ SKIPPED_UNKNOWN_DATASET: not a dataset of the source contract;"
        + " left alone (did you mean messages?)");
    assertThat(warehouse.layout.raw().resolve("citizens")).doesNotExist();
  }
}
