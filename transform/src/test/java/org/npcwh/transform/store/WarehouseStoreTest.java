package org.npcwh.transform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.transform.SparkSessions;
import org.npcwh.transform.testing.SharedSpark;

/**
 * The transform's file operations through Hadoop's file system API, here on the local file system
 * (StandaloneClusterIT runs a transform on a real HDFS): names as the layout gives them, moves that never
 * nest a folder into an existing one, the candidate's swap, and the lock of a warehouse that no process
 * can hold a file lock on.
 */
class WarehouseStoreTest {
  @TempDir Path dir;

  private WarehouseStore store() {
    return WarehouseStore.open(dir.toUri(), SharedSpark.get().sparkContext().hadoopConfiguration());
  }

  @Test
  void namesFilesAsTheLayoutDoes() {
    WarehouseLayout layout = new WarehouseLayout(dir);
    WarehouseStore store = store();

    assertThat(Path.of(store.path(l -> l.current(SourceDataset.DEPARTMENTS)).toUri()))
        .isEqualTo(layout.current(SourceDataset.DEPARTMENTS));
    assertThat(Path.of(store.path(WarehouseLayout::root).toUri())).isEqualTo(dir);
  }

  @Test
  void aMoveNeverNestsIntoAnExistingFolder() throws IOException {
    WarehouseStore store = store();
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));

    assertThatThrownBy(() -> store.move(store.path(l -> l.root().resolve("a")), store.path(l -> l.root().resolve("b"))))
        .isInstanceOf(UserException.class).hasMessageContaining("Cannot write under");
    assertThat(dir.resolve("b")).isEmptyDirectory();
    assertThat(dir.resolve("a")).isDirectory();
  }

  @Test
  void theStagedCandidateReplacesThePreviousOneWhole() throws IOException {
    WarehouseLayout layout = new WarehouseLayout(dir);
    Files.createDirectories(layout.candidateMetricValues());
    Files.writeString(layout.candidateMetricValues().resolve("2023-05.parquet"), "old");
    Path staged = dir.resolve("_staging/run-1/work/candidate");
    Files.createDirectories(staged.resolve("metric_values"));
    Files.writeString(staged.resolve("metric_values/2023-06.parquet"), "new");
    WarehouseStore store = store();

    store.swapCandidate(store.path(l -> l.staging().resolve("run-1/work/candidate")), "run-1");

    assertThat(layout.candidateMetricValues().resolve("2023-06.parquet")).hasContent("new");
    assertThat(layout.candidateMetricValues().resolve("2023-05.parquet")).doesNotExist();
    assertThat(staged).doesNotExist();
    assertThat(dir.resolve(".candidate.old-run-1")).doesNotExist();
  }

  @Test
  void theLockIsOneFileThatASecondWriterFindsTaken() throws IOException {
    WarehouseLayout layout = new WarehouseLayout(dir);
    // what a killed run left: its staging folder and the old candidate of an interrupted swap
    Files.createDirectories(layout.staging().resolve("killed-run"));
    Files.createDirectories(dir.resolve(".candidate.old-killed-run"));

    try (StoreLock lock = StoreLock.acquire(dir.toUri(), SparkSessions.hadoopConfiguration(), "npcwh transform")) {
      assertThat(dir.resolve(StoreLock.FILE_NAME)).content().contains("running 'npcwh transform'");
      assertThat(layout.staging()).doesNotExist();
      assertThat(dir.resolve(".candidate.old-killed-run")).doesNotExist();

      assertThatThrownBy(() -> StoreLock.acquire(dir.toUri(), SparkSessions.hadoopConfiguration(), "npcwh transform"))
          .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.WAREHOUSE_BUSY))
          .hasMessageContaining(StoreLock.FILE_NAME).hasMessageContaining("running 'npcwh transform'");
    }
    assertThat(dir.resolve(StoreLock.FILE_NAME)).doesNotExist();
    StoreLock.acquire(dir.toUri(), SparkSessions.hadoopConfiguration(), "npcwh transform").close();
  }

  @Test
  void aWarehouseThatIsNoFolderIsRefusedBeforeAnythingIsWritten() {
    Path missing = dir.resolve("missing");

    assertThatThrownBy(() -> StoreLock.acquire(missing.toUri(), SparkSessions.hadoopConfiguration(), "npcwh transform"))
        .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
        .hasMessageContaining("does not exist");
    assertThat(missing).doesNotExist();
  }
}
