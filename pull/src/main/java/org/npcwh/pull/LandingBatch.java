package org.npcwh.pull;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.List;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.landing.Manifest;
import org.npcwh.core.layout.TreeFiles;

/**
 * One batch of the landing-zone contract being written by a pull. Everything goes into a
 * dot-prefixed folder {@code <landing>/<dataset>/.pulling-<batch_id>/}, which ingest ignores; the
 * manifest is written last, then the folder is renamed into place in one atomic step. Until then
 * ingest sees nothing, and a crash leaves only the dot-folder, which the next pull removes.
 */
final class LandingBatch implements AutoCloseable {
  static final String STAGING_PREFIX = ".pulling-";

  private final Path datasetFolder;
  private final SourceDataset dataset;
  private final String baseBatchId;
  private final Path staging;
  private final String fileName;
  private final CsvFile csv;
  private boolean published;

  private LandingBatch(Path datasetFolder, SourceDataset dataset, String baseBatchId, Path staging, String fileName,
      CsvFile csv) {
    this.datasetFolder = datasetFolder;
    this.dataset = dataset;
    this.baseBatchId = baseBatchId;
    this.staging = staging;
    this.fileName = fileName;
    this.csv = csv;
  }

  static LandingBatch start(Path landing, SourceDataset dataset, String batchId, List<String> header)
      throws IOException {
    Path datasetFolder = landing.resolve(dataset.datasetName());
    Path staging = datasetFolder.resolve(STAGING_PREFIX + batchId);
    TreeFiles.deleteRecursively(staging);
    Files.createDirectories(staging);
    String fileName = dataset.datasetName() + ".csv";
    return new LandingBatch(datasetFolder, dataset, batchId, staging, fileName,
        CsvFile.create(staging.resolve(fileName), header));
  }

  void write(String[] values) throws IOException {
    csv.write(values);
  }

  long rows() {
    return csv.rows();
  }

  /** Completes the data file; its SHA-256 tells whether a full batch equals the last one. */
  String finishData() throws IOException {
    String sha256 = csv.finish();
    csv.close();
    return sha256;
  }

  /** Writes the manifest and renames the batch into place; returns the batch id it got. */
  String publish(DeliveryMode mode, LocalDateTime extractedAt) throws IOException {
    String sha256 = finishData();
    String batchId = freeBatchId();
    Manifest manifest = new Manifest(dataset.datasetName(), batchId, extractedAt, mode, Manifest.Format.CSV,
        "UTF-8", List.of(new Manifest.ManifestFile(fileName, csv.rows(), sha256)));
    Path manifestFile = staging.resolve(Manifest.FILE_NAME);
    Files.write(manifestFile, manifest.json(), StandardOpenOption.CREATE_NEW);
    try (FileChannel channel = FileChannel.open(manifestFile, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(staging, datasetFolder.resolve(batchId), StandardCopyOption.ATOMIC_MOVE);
    published = true;
    return batchId;
  }

  /** The base id, or with a suffix when a pull in the same second already used it. */
  private String freeBatchId() {
    String candidate = baseBatchId;
    for (int n = 2; Files.exists(datasetFolder.resolve(candidate)); n++) {
      candidate = baseBatchId + "-" + n;
    }
    return candidate;
  }

  /** Removes the unpublished batch (nothing happens once it is published). */
  @Override
  public void close() throws IOException {
    if (!published) {
      csv.close();
      TreeFiles.deleteRecursively(staging);
    }
  }
}
