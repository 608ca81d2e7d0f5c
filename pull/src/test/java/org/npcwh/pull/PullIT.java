package org.npcwh.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npcwh.core.contract.SourceDataset.LETTERS;
import static org.npcwh.core.contract.SourceDataset.REGIONS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.pull.LandingZone.Batch;

/**
 * Full and incremental pulls from a real PostgreSQL server: the first pull, then updates and
 * inserts in the source and exactly those rows in the next batch, no batch without changes, a late
 * commit inside the overlap, a changed reference table.
 */
class PullIT {
  private static final String DATASETS = """
      "regions": {"table": "region", "columns": {"region_code": "code", "level": "region_level"}},
      "letters": {"table": "public.letters"}""";

  @TempDir Path dir;
  private TestDatabase db;
  private Path definition;
  private Path landing;

  @BeforeEach
  void source() throws Exception {
    db = TestDatabase.create();
    db.execute(
        "CREATE TABLE region (code char(6) PRIMARY KEY, name text, region_level varchar(10), parent_code char(6))",
        "INSERT INTO region VALUES ('440300', '深圳市', 'DISTRICT', NULL), ('440304', '福田区', 'DISTRICT', NULL),"
            + " ('440305', '南园街道', 'STREET', '440304')",
        "CREATE TABLE letters (letter_id varchar(20) PRIMARY KEY, deputy_id varchar(20), department_code varchar(20),"
            + " message_id varchar(20), sent_at timestamp, answered_at timestamp, satisfaction varchar(30),"
            + " updated_at timestamp NOT NULL)",
        "INSERT INTO letters VALUES"
            + " ('L1', 'D1', 'DEP1', NULL, '2023-06-01 09:00:00', NULL, NULL, '2023-06-01 10:00:00'),"
            + " ('L2', 'D2', 'DEP1', 'M7', '2023-06-02 08:00:00', NULL, NULL, '2023-06-02 11:00:00'),"
            + " ('L3', 'D1', 'DEP2', NULL, '2023-06-03 12:00:00', '2023-06-03 12:00:00', 'SATISFIED',"
            + " '2023-06-03 12:00:00.250')");
    definition = Definitions.write(dir.resolve("sources"), "liaison", db.url(), DATASETS);
    landing = dir.resolve("landing");
  }

  @Test
  void theFirstPullDeliversEveryRowAsContractBatches() throws Exception {
    PullReport report = Definitions.pull(definition, landing).report();

    List<Batch> regions = LandingZone.batches(landing, REGIONS);
    assertThat(regions).hasSize(1);
    assertThat(regions.get(0).manifest().path("mode").asText()).isEqualTo("full");
    assertThat(regions.get(0).rows()).extracting(LandingZone::line).containsExactly(
        "440300|深圳市|DISTRICT|",
        "440304|福田区|DISTRICT|",
        "440305|南园街道|STREET|440304");
    List<Batch> letters = LandingZone.batches(landing, LETTERS);
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).manifest().path("mode").asText()).isEqualTo("incremental");
    assertThat(letters.get(0).batchId()).matches("pull-\\d{8}T\\d{6}-liaison");
    assertThat(letters.get(0).rows()).extracting(r -> r.get("letter_id")).containsExactly("L1", "L2", "L3");
    assertThat(letters.get(0).rows().get(2)).containsEntry("updated_at", "2023-06-03 12:00:00")
        .containsEntry("answered_at", "2023-06-03 12:00:00").containsEntry("satisfaction", "SATISFIED")
        .containsEntry("message_id", null);

    assertThat(report.batchesWritten()).isEqualTo(2);
    assertThat(report.rowsWritten()).isEqualTo(6);
    assertThat(report.summary()).contains("regions", "letters", "2 batch(es), 6 rows written");
    JsonNode state = new ObjectMapper().readTree(landing.resolve(".pull-state/liaison.json").toFile());
    assertThat(state.at("/datasets/letters/watermark").asText()).isEqualTo("2023-06-03T12:00:00.25");
    assertThat(state.at("/datasets/letters/batch_id").asText()).isEqualTo(letters.get(0).batchId());
    assertThat(state.at("/datasets/regions/content_sha256").asText())
        .isEqualTo(regions.get(0).manifest().at("/files/0/sha256").asText());
  }

  @Test
  void afterUpdatesAndInsertsTheNextBatchHoldsExactlyTheChangesAndThenNothing() throws Exception {
    Definitions.pull(definition, landing);
    db.execute("UPDATE letters SET answered_at = '2023-06-05 08:59:00', satisfaction = 'UNSATISFIED',"
            + " updated_at = '2023-06-05 09:00:00' WHERE letter_id = 'L2'",
        "INSERT INTO letters VALUES ('L4', 'D3', 'DEP2', NULL, '2023-06-05 09:30:00', NULL, NULL, '2023-06-05 09:30:00')");

    PullReport second = Definitions.pull(definition, landing).report();

    List<Batch> letters = LandingZone.batches(landing, LETTERS);
    assertThat(letters).hasSize(2);
    assertThat(letters.get(1).rows()).extracting(r -> r.get("letter_id") + "@" + r.get("updated_at"))
        .containsExactly("L2@2023-06-05 09:00:00", "L4@2023-06-05 09:30:00");
    assertThat(letters.get(1).rows().get(0)).containsEntry("satisfaction", "UNSATISFIED");
    assertThat(LandingZone.batches(landing, REGIONS)).hasSize(1);
    assertThat(outcome(second, "regions").note()).startsWith("unchanged since batch pull-");

    PullReport third = Definitions.pull(definition, landing).report();

    assertThat(third.batchesWritten()).isZero();
    assertThat(LandingZone.batches(landing, LETTERS)).hasSize(2);
    DatasetOutcome quiet = outcome(third, "letters");
    assertThat(quiet.rowsRead()).as("L4 lies within the 10-minute overlap: read again, not delivered again")
        .isEqualTo(1);
    assertThat(quiet.rowsAlreadyDelivered()).isEqualTo(1);
    assertThat(quiet.watermark()).hasToString("2023-06-05T09:30");
  }

  @Test
  void aRowCommittedLateWithinTheOverlapIsDeliveredOnce() throws Exception {
    db.execute("INSERT INTO letters VALUES ('L4', 'D3', 'DEP2', NULL, NULL, NULL, NULL, '2023-06-05 09:30:00')");
    Definitions.pull(definition, landing);
    // updated_at set when the source's transactions began, committed after the pull's snapshot
    db.execute("INSERT INTO letters VALUES ('L5', 'D3', 'DEP2', NULL, NULL, NULL, NULL, '2023-06-05 09:25:00')",
        "INSERT INTO letters VALUES ('L6', 'D3', 'DEP2', NULL, NULL, NULL, NULL, '2023-06-05 09:10:00')");

    Definitions.pull(definition, landing);
    Definitions.pull(definition, landing);

    List<Batch> letters = LandingZone.batches(landing, LETTERS);
    assertThat(letters).hasSize(2);
    assertThat(letters.get(1).rows()).as("L6 is older than watermark - overlap: the documented limit")
        .extracting(r -> r.get("letter_id")).containsExactly("L5");
  }

  @Test
  void aChangedReferenceTableIsDeliveredWholeAgain() throws Exception {
    Definitions.pull(definition, landing);
    db.execute("UPDATE region SET name = '深圳市（市本级）' WHERE code = '440300'");

    Definitions.pull(definition, landing);

    List<Batch> regions = LandingZone.batches(landing, REGIONS);
    assertThat(regions).hasSize(2);
    assertThat(regions.get(1).rows()).hasSize(3).first().extracting(r -> r.get("name")).isEqualTo("深圳市（市本级）");
    assertThat(regions.get(1).manifest().path("mode").asText()).isEqualTo("full");
  }

  @Test
  void nothingButBatchesAndTheDotFolderStateIsLeftInTheLandingZone() throws Exception {
    Definitions.pull(definition, landing);

    try (var entries = Files.list(landing)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(".pull-state", "regions", "letters");
    }
    try (var entries = Files.walk(landing)) {
      assertThat(entries.filter(p -> p.getFileName().toString().startsWith(".pulling-"))).isEmpty();
    }
  }

  private static DatasetOutcome outcome(PullReport report, String dataset) {
    return report.datasets().stream().filter(d -> d.dataset().equals(dataset)).findFirst().orElseThrow();
  }
}
