package org.npcwh.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.traps.DeliveryTraps;

/** The delivery accidents are really there, and each one would change a figure if handled wrongly. */
class DeliveryTrapsTest {
  private static Path root;
  private static LandingReader landing;

  @BeforeAll
  static void generate() {
    root = Samples.generated(SampleGenerator.DEFAULT_SEED, 0.05);
    landing = new LandingReader(root);
  }

  @Test
  void staleSnapshotHasALaterIdButAnOlderExtractionAndFewerStations() throws IOException {
    LandingReader.BatchInfo stale = batch(SourceDataset.PLATFORMS, DeliveryTraps.STALE_SNAPSHOT);
    LandingReader.BatchInfo newest = batch(SourceDataset.PLATFORMS, "2023-07-01T0100");
    assertThat(stale.batchId()).isGreaterThan(newest.batchId());
    assertThat(stale.extractedAt()).isLessThan(newest.extractedAt());
    LocalDate jan2023 = LocalDate.of(2023, 1, 31);
    assertThat(openStations(stale, jan2023)).isLessThan(openStations(newest, jan2023));
  }

  @Test
  void unfinishedBatchHasNoManifestAndHoldsOpinionsOf2022() throws IOException {
    LandingReader.BatchInfo unfinished = batch(SourceDataset.OPINIONS, DeliveryTraps.UNFINISHED);
    assertThat(unfinished.manifest()).isNull();
    List<Map<String, String>> rows = new ArrayList<>();
    landing.readFile(unfinished, unfinished.dir().resolve("opinions.csv"), rows::add);
    assertThat(rows).hasSize(DeliveryTraps.UNFINISHED_ROWS).allMatch(r -> r.get("submitted_on").startsWith("2022-12"));
  }

  @Test
  void redeliveredAndBadChecksumBatchesRepeatFilesDeliveredElsewhere() throws IOException {
    assertSameFiles(SourceDataset.DUTY_ROSTER, "2022-08-01T0200", DeliveryTraps.REDELIVERED);
    assertSameFiles(SourceDataset.MESSAGES, "2022-06-01T0200", DeliveryTraps.BAD_CHECKSUM);
    assertThat(landing.mismatches(batch(SourceDataset.DUTY_ROSTER, DeliveryTraps.REDELIVERED))).isEmpty();
  }

  @Test
  void outOfOrderBatchCarriesOnlyOlderVersions() throws IOException {
    CurrentState state = new CurrentState(landing);
    Map<String, Map<String, String>> latest = state.latest(SourceDataset.LETTERS);
    List<Map<String, String>> old = new ArrayList<>();
    landing.forEachRow(batch(SourceDataset.LETTERS, DeliveryTraps.OUT_OF_ORDER), old::add);
    assertThat(old).isNotEmpty();
    for (Map<String, String> row : old) {
      Map<String, String> current = latest.get(row.get("letter_id"));
      assertThat(current.get("updated_at")).isGreaterThan(row.get("updated_at"));
      assertThat(row.get("answered_at")).isNull();
      assertThat(current.get("answered_at")).isNotNull();
    }
  }

  @Test
  void secondTierHasARedeliveredBatchAnOutOfOrderOneAndGb18030() throws IOException {
    assertSameFiles(SourceDataset.DUTY_RECORDS, "2022-10-01T0200", DeliveryTraps.DUTY_REDELIVERED);
    assertSameFiles(SourceDataset.OVERSIGHT_ISSUES, "2022-12-01T0200", DeliveryTraps.ISSUES_OUT_OF_ORDER);
    Map<String, Map<String, String>> latest = new CurrentState(landing).latest(SourceDataset.OVERSIGHT_ISSUES);
    List<Map<String, String>> old = new ArrayList<>();
    landing.forEachRow(batch(SourceDataset.OVERSIGHT_ISSUES, DeliveryTraps.ISSUES_OUT_OF_ORDER), old::add);
    assertThat(old).isNotEmpty().anySatisfy(row -> assertThat(latest.get(row.get("issue_id")).get("updated_at"))
        .isGreaterThan(row.get("updated_at")));
    assertThat(batch(SourceDataset.VOTER_MEETINGS, "2022-05-01T0200").manifest().get("encoding").asText())
        .isEqualTo("GB18030");
    assertThat(batch(SourceDataset.DUTY_POINT_RULES, "2023-07-01T0100").manifest().get("encoding").asText())
        .isEqualTo("GB18030");
  }

  private static void assertSameFiles(SourceDataset dataset, String original, String copy) throws IOException {
    LandingReader.BatchInfo a = batch(dataset, original);
    LandingReader.BatchInfo b = batch(dataset, copy);
    assertThat(b.extractedAt()).isGreaterThan(a.extractedAt());
    for (var f : a.manifest().get("files")) {
      String name = f.get("name").asText();
      assertThat(Files.readAllBytes(b.dir().resolve(name))).isEqualTo(Files.readAllBytes(a.dir().resolve(name)));
    }
  }

  private static long openStations(LandingReader.BatchInfo snapshot, LocalDate day) throws IOException {
    long[] n = {0};
    landing.forEachRow(snapshot, p -> {
      if ("STATION".equals(p.get("platform_type")) && CurrentState.openAt(p, day)) {
        n[0]++;
      }
    });
    return n[0];
  }

  private static LandingReader.BatchInfo batch(SourceDataset dataset, String id) throws IOException {
    return landing.batches(dataset).stream().filter(b -> b.batchId().equals(id)).findFirst().orElseThrow();
  }
}
