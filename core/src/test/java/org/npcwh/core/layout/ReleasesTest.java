package org.npcwh.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleasesTest {
  @TempDir Path root;

  @Test
  void aCommittedDraftBecomesVisibleThroughTheEntryPointsAndAnUncommittedOneLeavesNoTrace() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(root);
    Releases releases = new Releases(layout);
    Path scratch = Files.writeString(root.resolve("scratch.parquet"), "figures of May");
    try (ReleaseDraft draft = releases.draft()) {
      draft.replace("marts/metric_values/2023-05.parquet", scratch);
      releases.commit(draft);
    }
    assertThat(layout.metricValues().resolve("2023-05.parquet")).hasContent("figures of May");
    assertThat(Files.isSymbolicLink(layout.marts())).isTrue();
    WarehouseLayout pinned = Releases.pinned(layout);

    try (ReleaseDraft abandoned = releases.draft()) {
      abandoned.replace("marts/metric_values/2023-06.parquet", scratch);
    }
    assertThat(Releases.pinned(layout)).isEqualTo(pinned);
    assertThat(layout.metricValues().resolve("2023-06.parquet")).doesNotExist();
    try (Stream<Path> staging = Files.list(layout.staging())) {
      assertThat(staging).isEmpty();
    }
  }

  @Test
  void aNewReleaseKeepsWhatItDoesNotReplaceWithoutWritingIntoTheOldOne() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(root);
    Releases releases = new Releases(layout);
    Path may = Files.writeString(root.resolve("may"), "May");
    for (String content : new String[] {"June v1", "June v2", "June v3"}) {
      Path june = Files.writeString(root.resolve("june"), content);
      try (ReleaseDraft draft = releases.draft()) {
        draft.replace("marts/metric_values/2023-05.parquet", may);
        draft.replace("marts/metric_values/2023-06.parquet", june);
        releases.commit(draft);
      }
      Files.delete(june);
    }
    assertThat(layout.metricValues().resolve("2023-06.parquet")).hasContent("June v3");
    try (Stream<Path> kept = Files.list(layout.releases())) {
      assertThat(kept).hasSize(2);
    }
  }

  @Test
  void aWarehousePublishedBeforeReleasesIsTakenOverWhole() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(root);
    Files.createDirectories(layout.metricValues());
    Files.writeString(layout.metricValues().resolve("2023-05.parquet"), "May");
    Files.writeString(layout.duckdb(), "old database");
    Files.createDirectories(root.resolve("current/messages"));
    Releases releases = new Releases(layout);

    try (ReleaseDraft draft = releases.draft()) {
      releases.commit(draft);
    }

    assertThat(layout.metricValues().resolve("2023-05.parquet")).hasContent("May");
    assertThat(layout.duckdb()).hasContent("old database");
    assertThat(Files.isSymbolicLink(layout.duckdb())).isTrue();
    assertThat(root.resolve("current")).as("the old current state held residents' free text").doesNotExist();
  }
}
