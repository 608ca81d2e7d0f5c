package org.npcwh.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.UserException;
import org.npcwh.samples.traps.DeliveryTraps;

class SampleGeneratorTest {
  private static final double SMALL = 0.05;

  @Test
  void sameSeedAndScaleGiveTheSameBytes(@TempDir Path tmp) throws IOException {
    Path first = Samples.generated(SampleGenerator.DEFAULT_SEED, SMALL);
    Path second = tmp.resolve("again");
    new SampleGenerator(SampleGenerator.DEFAULT_SEED, SMALL).generate(second, line -> { });

    List<Path> files = relativeFiles(first);
    assertThat(relativeFiles(second)).isEqualTo(files);
    for (Path f : files) {
      assertThat(Files.readAllBytes(second.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(first.resolve(f)));
    }
  }

  @Test
  void anotherSeedGivesAnotherSample(@TempDir Path tmp) throws IOException {
    Path other = tmp.resolve("other");
    new SampleGenerator(7L, SMALL).generate(other, line -> { });
    Path messages = Path.of("messages", "2022-06-01T0200", "messages.csv");
    assertThat(Files.readAllBytes(other.resolve(messages)))
        .isNotEqualTo(Files.readAllBytes(Samples.generated(SampleGenerator.DEFAULT_SEED, SMALL).resolve(messages)));
  }

  @Test
  void scaleMultipliesEventsAndLeavesReferenceDataAlone(@TempDir Path tmp) throws IOException {
    Path small = Samples.generated(SampleGenerator.DEFAULT_SEED, SMALL);
    Path twice = tmp.resolve("twice");
    SampleSummary summary = new SampleGenerator(SampleGenerator.DEFAULT_SEED, 2 * SMALL).generate(twice, line -> { });

    Path platforms = Path.of("platforms", "2023-07-01T0100", "platforms.csv");
    assertThat(Files.readAllBytes(twice.resolve(platforms))).isEqualTo(Files.readAllBytes(small.resolve(platforms)));
    double ratio = (double) summary.tally(SourceDataset.MESSAGES).rows() / manifestRows(small, SourceDataset.MESSAGES);
    assertThat(ratio).isBetween(1.8, 2.2);
  }

  @Test
  void summaryCountsWhatIsOnDisk(@TempDir Path tmp) throws IOException {
    List<String> progress = new ArrayList<>();
    SampleSummary summary = new SampleGenerator(SampleGenerator.DEFAULT_SEED, 0.01).generate(tmp.resolve("l"), progress::add);
    LandingReader reader = new LandingReader(tmp.resolve("l"));
    long rows = 0;
    int batches = 0;
    for (SourceDataset d : SourceDataset.values()) {
      batches += reader.batches(d).size();
      rows += manifestRows(tmp.resolve("l"), d);
    }
    assertThat(summary.batches()).isEqualTo(batches);
    assertThat(summary.rows()).isEqualTo(rows + DeliveryTraps.UNFINISHED_ROWS);
    assertThat(summary.toString()).contains("duty_roster", "total");
    assertThat(progress).first().asString().startsWith("Reference data: 754 regions");
    assertThat(progress).last().asString().contains("Sample written to");
  }

  @Test
  void refusesAFolderThatHoldsFiles(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("old.txt"), "x");
    assertThatThrownBy(() -> new SampleGenerator(1L, 1.0).generate(tmp, line -> { }))
        .isInstanceOf(UserException.class).hasMessageContaining("already holds files");
  }

  @Test
  void refusesAScaleThatIsNotPositive() {
    assertThatThrownBy(() -> new SampleGenerator(1L, 0)).isInstanceOf(UserException.class)
        .hasMessageContaining("scale");
  }

  private static long manifestRows(Path landing, SourceDataset dataset) throws IOException {
    long rows = 0;
    for (LandingReader.BatchInfo b : new LandingReader(landing).batches(dataset)) {
      if (b.manifest() != null) {
        rows += b.manifest().get("files").findValues("rows").stream().mapToLong(n -> n.asLong()).sum();
      }
    }
    return rows;
  }

  private static List<Path> relativeFiles(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
