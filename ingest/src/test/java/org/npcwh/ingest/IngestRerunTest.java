package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.ingest.parquet.ParquetTableWriter;
import org.npcwh.ingest.parquet.TableSchema;

/** Running ingest again, after a crash, and with references to data of earlier runs and batches. */
class IngestRerunTest extends FreshFoldersTest {
  private static final String REGIONS = "region_code,name,level,parent_code\nFT,福田区,DISTRICT,\nFT01,园岭街道,STREET,FT\n";
  private static final String PLATFORMS = "platform_id,platform_type,name,street_code,community_code,category,"
      + "is_legislative_point,legislative_since,online_since,opened_on,closed_on\n"
      + "P1,HOME,园岭街道人大代表之家,FT01,,COMMUNITY,false,,,2018-05-01,\n";
  private static final String DEPUTIES = "deputy_id,name,level,district_code,platform_id,professional_group,"
      + "term_start,term_end\nD1,张伟,DISTRICT,FT,P1,,2021-01-01,\nD2,李娜,DISTRICT,FT,P2,,2021-01-01,\n";

  @BeforeEach
  void setUp() {
    landing.batch("regions", "r1").mode("full").file("regions.csv", REGIONS, 2).writeManifest();
    landing.batch("platforms", "p1").mode("full").file("platforms.csv", PLATFORMS, 1).writeManifest();
  }

  @Test
  void secondRunWritesNothingAndLeavesEveryFileByteIdentical() throws IOException {
    landing.batch("regions", "r-bad").mode("full").file("regions.csv", REGIONS, 2).writeManifest("{}");
    ingest();
    Map<Path, Snapshot> before = snapshot(warehouse.root.resolve("raw").resolve("regions"));
    before.putAll(snapshot(warehouse.root.resolve("raw").resolve("platforms")));

    IngestReport again = ingest();

    assertThat(again.outcomes()).extracting(BatchOutcome::batchId, BatchOutcome::status).containsExactly(
        tuple("r-bad", BatchStatus.REJECTED), tuple("r1", BatchStatus.ALREADY_INGESTED),
        tuple("p1", BatchStatus.ALREADY_INGESTED));
    Map<Path, Snapshot> after = snapshot(warehouse.root.resolve("raw").resolve("regions"));
    after.putAll(snapshot(warehouse.root.resolve("raw").resolve("platforms")));
    assertThat(after).isEqualTo(before);
    assertThat(Ledger.readAll(warehouse.root)).hasSize(2);
    assertThat(again.summary()).containsPattern("total\\s+0\\s+2\\s+0\\s+1\\s+0\\s+0\\s+0\\s+0");
  }

  @Test
  void leftoverStagingFolderIsInvisibleAndCleanedAndTheBatchIsIngested() throws IOException {
    Path staging = warehouse.layout.stagingBatch(SourceDataset.DEPUTIES, "d1");
    Files.createDirectories(staging);
    Files.writeString(staging.resolve("data.parquet"), "half a file from a crashed run");
    Files.writeString(staging.resolve("_ledger.parquet"), "half a ledger");
    assertThat(Ledger.readAll(warehouse.root)).isEmpty();
    landing.batch("deputies", "d1").mode("full").file("deputies.csv", DEPUTIES, 2).writeManifest();

    IngestReport report = ingest();

    assertThat(staging).doesNotExist();
    assertThat(report.outcomes()).extracting(BatchOutcome::batchId, BatchOutcome::status).containsExactly(
        tuple("r1", BatchStatus.INGESTED), tuple("p1", BatchStatus.INGESTED), tuple("d1", BatchStatus.INGESTED));
    try (Stream<Path> left = Files.list(warehouse.layout.raw(SourceDataset.DEPUTIES))) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("d1");
    }
  }

  @Test
  void referencesResolveAgainstBatchesOfEarlierRunsAndAnUnknownOneIsKeptAsPending() {
    ingest();
    landing.batch("deputies", "d1").mode("full").file("deputies.csv", DEPUTIES, 2).writeManifest();

    IngestReport report = ingest();

    assertThat(report.withStatus(BatchStatus.INGESTED)).singleElement()
        .extracting(BatchOutcome::rowsAccepted, BatchOutcome::rowsSetAside, BatchOutcome::rowsPending)
        .containsExactly(2L, 0L, 1L);
    assertThat(warehouse.setAside(SourceDataset.DEPUTIES, "d1")).isEmpty();
    assertThat(warehouse.data(SourceDataset.DEPUTIES, "d1")).extracting(r -> r.get("_pending_reference"))
        .containsExactly(null, "platform_id \"P2\" is not a known platforms key");
  }

  @Test
  void aPendingRowsKeyIsNotKnownToLaterRunsAndAnOldLedgerReadsZeroPending() throws IOException {
    ingest();
    landing.batch("deputies", "d1").mode("full").file("deputies.csv", DEPUTIES, 2).writeManifest();
    ingest();
    String activities = "activity_id,platform_id,activity_type,held_on,deputy_ids,residents_received,"
        + "issues_collected,updated_at\nA1,P1,OTHER,2024-03-01,D1;D2,1,1,2024-03-01 00:00:00\n";
    landing.batch("activities", "a1").file("activities.csv", activities, 1).writeManifest();

    ingest();

    assertThat(warehouse.data(SourceDataset.ACTIVITIES, "a1")).extracting(r -> r.get("_pending_reference"))
        .containsExactly("deputy_ids element \"D2\" is not a known deputies key");
    Path ledger = warehouse.layout.batch(SourceDataset.ACTIVITIES, "a1").resolve(WarehouseLayout.LEDGER_FILE);
    assertThat(Ledger.readFile(ledger).rowsPending()).isEqualTo(1);
    TableSchema before = new TableSchema("ledger", RawTables.LEDGER.columns().stream()
        .filter(c -> !c.name().equals("rows_pending")).toList());
    LedgerEntry entry = Ledger.readFile(ledger);
    try (ParquetTableWriter old = ParquetTableWriter.create(ledger, before)) {
      Object[] row = entry.toRow();
      old.write(new Object[] {row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
          row[11], row[12], row[13]});
    }
    assertThat(Ledger.readFile(ledger)).isEqualTo(new LedgerEntry(entry.dataset(), entry.batchId(), entry.mode(),
        entry.format(), entry.encoding(), entry.extractedAt(), entry.contentSha256(), entry.rowsIn(),
        entry.rowsAccepted(), entry.rowsSetAside(), 0, entry.status(), entry.duplicateOf(), entry.ingestedAt()));
  }

  @Test
  void laterBatchOfTheSameRunMayReferToAnEarlierOneAndToItself() {
    String evaluation = "{\"evaluation_id\":\"%s\",\"evaluated_on\":\"2024-03-10\",\"stage\":\"REPLY\","
        + "\"rating\":\"SATISFIED\",\"reviews_evaluation_id\":%s,\"updated_at\":\"2024-03-10 00:00:00\"}\n";
    landing.batch("evaluations", "e1").format("jsonl").extractedAt("2024-03-10 00:00:00")
        .file("e.jsonl", evaluation.formatted("E1", "null"), 1).writeManifest();
    landing.batch("evaluations", "e2").format("jsonl").extractedAt("2024-03-11 00:00:00")
        .file("e.jsonl", evaluation.formatted("E3", "\"E2\"") + evaluation.formatted("E2", "\"E1\"")
            + evaluation.formatted("E4", "\"E5\""), 3)
        .writeManifest();

    ingest();

    assertThat(warehouse.data(SourceDataset.EVALUATIONS, "e2"))
        .extracting(r -> r.get("evaluation_id"), r -> r.get("_pending_reference"))
        .containsExactly(tuple("E3", null), tuple("E2", null),
            tuple("E4", "reviews_evaluation_id \"E5\" is not a known evaluations key"));
    assertThat(warehouse.setAside(SourceDataset.EVALUATIONS, "e2")).isEmpty();
  }

  @Test
  void conservationGuardRefusesCountsThatDoNotAddUp() {
    assertThat(new RowCounts(3, 2, 1, 1).requireConserved("regions/b1")).isEqualTo(new RowCounts(3, 2, 1, 1));
    assertThatThrownBy(() -> new RowCounts(3, 1, 1, 0).requireConserved("regions/b1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("conservation violated for batch regions/b1: 3 rows in, 1 accepted (0 pending), 1 set aside;"
            + " nothing was published");
    assertThatThrownBy(() -> new RowCounts(3, 2, 1, 3).requireConserved("regions/b1"))
        .isInstanceOf(IllegalStateException.class);
  }

  private record Snapshot(List<Byte> bytes, FileTime modified) {}

  private static Map<Path, Snapshot> snapshot(Path root) throws IOException {
    Map<Path, Snapshot> files = new HashMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        byte[] bytes = Files.isRegularFile(path) ? Files.readAllBytes(path) : new byte[0];
        List<Byte> boxed = new java.util.ArrayList<>(bytes.length);
        for (byte b : bytes) {
          boxed.add(b);
        }
        files.put(path, new Snapshot(boxed, Files.getLastModifiedTime(path)));
      }
    }
    return files;
  }
}
