package org.npcwh.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.TreeFiles;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.ingest.parquet.ParquetTableWriter;

/**
 * The raw layer's file operations: staging folders, the one atomic rename that publishes a batch,
 * rejection files, and the cleanup of what a crashed run left behind.
 */
final class RawLayerFiles {
  private static final String STAGING_PREFIX = ".staging-";
  private static final String TEMP_SUFFIX = ".tmp";

  private final WarehouseLayout layout;

  RawLayerFiles(WarehouseLayout layout) {
    this.layout = layout;
  }

  /** Deletes staging folders and temporary rejection files of runs that did not finish. */
  void cleanLeftovers() throws IOException {
    for (SourceDataset dataset : SourceDataset.values()) {
      deleteMatching(layout.raw(dataset), name -> name.startsWith(STAGING_PREFIX));
    }
    if (Files.isDirectory(layout.rejected())) {
      try (DirectoryStream<Path> datasets = Files.newDirectoryStream(layout.rejected(), Files::isDirectory)) {
        for (Path folder : datasets) {
          deleteMatching(folder, name -> name.startsWith(".") && name.endsWith(TEMP_SUFFIX));
        }
      }
    }
  }

  /** An empty staging folder for the batch (a dot-name: invisible to Spark and the DuckDB globs). */
  Path freshStaging(SourceDataset dataset, String batchId) throws IOException {
    Path staging = layout.stagingBatch(dataset, batchId);
    TreeFiles.deleteRecursively(staging);
    return Files.createDirectories(staging);
  }

  /** Makes the whole batch visible at once. */
  void publish(SourceDataset dataset, String batchId) throws IOException {
    Files.move(layout.stagingBatch(dataset, batchId), layout.batch(dataset, batchId),
        StandardCopyOption.ATOMIC_MOVE);
  }

  void discardStaging(SourceDataset dataset, String batchId) throws IOException {
    TreeFiles.deleteRecursively(layout.stagingBatch(dataset, batchId));
  }

  /** Replaces the batch's rejection file (written aside, then renamed over the old one). */
  void writeRejection(String dataset, String batchId, String reason, LocalDateTime at) throws IOException {
    Path folder = Files.createDirectories(layout.rejected().resolve(dataset));
    Path temporary = folder.resolve("." + batchId + ".parquet" + TEMP_SUFFIX);
    try (ParquetTableWriter writer = ParquetTableWriter.create(temporary, RawTables.REJECTED)) {
      writer.write(new Object[] {dataset, batchId, BatchStatus.REJECTED.name(), reason, at});
    }
    Files.move(temporary, rejectionFile(dataset, batchId), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** A batch published after an earlier rejection no longer has a rejection to show. */
  void clearRejection(String dataset, String batchId) throws IOException {
    Files.deleteIfExists(rejectionFile(dataset, batchId));
  }

  private Path rejectionFile(String dataset, String batchId) {
    return layout.rejected().resolve(dataset).resolve(batchId + ".parquet");
  }

  private static void deleteMatching(Path folder, java.util.function.Predicate<String> name) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
        p -> name.test(p.getFileName().toString()))) {
      for (Path entry : entries) {
        TreeFiles.deleteRecursively(entry);
      }
    }
  }
}
