package org.npcwh.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;

/**
 * The committed excerpt ({@code data-samples/excerpt/}) is what {@link SampleExcerpt} cuts from the
 * default sample, is itself a valid landing zone, and stays small. Run with
 * {@code -Dnpcwh.updateExcerpt=true} to rewrite it after a change to the generator.
 */
class ExcerptTest {
  private static final Path COMMITTED = Path.of("excerpt");
  private static final int RECORDS = 15;

  @Test
  void committedExcerptIsCutFromTheDefaultSample(@TempDir Path tmp) throws IOException {
    Path landing = Samples.generated(SampleGenerator.DEFAULT_SEED, 1.0);
    if (Boolean.getBoolean("npcwh.updateExcerpt")) {
      deleteBatches(COMMITTED);
      SampleExcerpt.write(landing, COMMITTED, RECORDS);
    }
    SampleExcerpt.write(landing, tmp, RECORDS);
    List<Path> files = dataFiles(tmp);
    assertThat(dataFiles(COMMITTED)).isEqualTo(files);
    for (Path f : files) {
      assertThat(Files.readAllBytes(COMMITTED.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(tmp.resolve(f)));
    }
  }

  @Test
  void excerptIsAValidSmallLandingZone() throws IOException {
    LandingReader reader = new LandingReader(COMMITTED);
    long bytes = 0;
    for (SourceDataset d : SourceDataset.values()) {
      List<LandingReader.BatchInfo> batches = reader.batches(d);
      assertThat(batches).as(d.datasetName()).hasSize(1);
      assertThat(reader.mismatches(batches.get(0))).isEmpty();
    }
    for (Path f : dataFiles(COMMITTED)) {
      bytes += Files.size(COMMITTED.resolve(f));
    }
    assertThat(bytes).isLessThan(1_000_000);
    assertThat(COMMITTED.resolve("README.md")).exists();
  }

  /** Every file under the dataset folders (the README is not generated). */
  private static List<Path> dataFiles(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).map(root::relativize)
          .filter(p -> p.getNameCount() > 1).sorted().toList();
    }
  }

  private static void deleteBatches(Path root) throws IOException {
    for (SourceDataset d : SourceDataset.values()) {
      Path dir = root.resolve(d.datasetName());
      if (Files.exists(dir)) {
        try (Stream<Path> all = Files.walk(dir)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }
}
