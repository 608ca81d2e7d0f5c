package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counts ingest reports for a progress bar: every landing folder that gets an outcome is one
 * unit of the total, counted before the first batch is read.
 */
class IngestProgressCountTest extends FreshFoldersTest {

  @Test
  void everyOutcomeAdvancesTheCountOfFoldersFoundBeforehand() throws IOException {
    // Three folders get an outcome: a batch with a manifest (whatever its fate), a batch still being
    // delivered (no manifest) and a misspelt dataset folder. A dot-folder is ignored, so not counted.
    landing.batch("regions", "b1").file("x.csv", "a\n1\n", 1).writeManifest();
    landing.batch("regions", "b2").file("x.csv", "a\n1\n", 1);
    Files.createDirectories(landing.root.resolve("region"));
    Files.createDirectories(landing.root.resolve("regions").resolve(".sync"));
    List<String> counts = new ArrayList<>();

    IngestReport report = new IngestJob(new IngestSettings(landing.root, warehouse.root, TestLanding.KEY),
        new org.npcwh.core.progress.StageProgress() {
          @Override
          public void accept(String line) { }

          @Override
          public void advanced(int done, int total) {
            counts.add(done + "/" + total);
          }
        }).run();

    assertThat(counts).containsExactly("1/3", "2/3", "3/3");
    assertThat(report.outcomes()).hasSize(3);
  }
}
