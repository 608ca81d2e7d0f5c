package org.npcwh.samples.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.landing.Manifest;

/** The landing zone being written: opens batch folders and remembers every batch it closed. */
public final class Landing {
  /** Batch ids name the extraction time: {@code 2022-03-01T0200}. */
  public static final DateTimeFormatter BATCH_ID = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm");

  private final Path root;
  private final List<Written> written = new ArrayList<>();

  /** A closed batch: its manifest (written or not) and folder. */
  public record Written(Manifest manifest, Path dir) {}

  public Landing(Path root) {
    this.root = root;
  }

  /** Opens a batch whose id is its extraction time. */
  public Batch open(SourceDataset dataset, LocalDateTime extractedAt, DeliveryMode mode, FileStyle style) {
    return open(dataset, extractedAt.format(BATCH_ID), extractedAt, mode, style);
  }

  public Batch open(SourceDataset dataset, String batchId, LocalDateTime extractedAt, DeliveryMode mode,
      FileStyle style) {
    Path dir = root.resolve(dataset.datasetName()).resolve(batchId);
    if (Files.exists(dir)) {
      throw new IllegalStateException("batch written twice: " + dir);
    }
    return new Batch(this, dir, dataset, batchId, extractedAt, mode, style);
  }

  /**
   * Delivers the files of an earlier batch again under another id: byte-for-byte copies, with a
   * manifest whose file entries {@code entries} may alter (to declare a wrong checksum).
   */
  public Manifest copy(Written original, String batchId, LocalDateTime extractedAt,
      UnaryOperator<List<Manifest.ManifestFile>> entries) throws IOException {
    Manifest from = original.manifest();
    Path dir = root.resolve(from.dataset()).resolve(batchId);
    Files.createDirectories(dir);
    for (Manifest.ManifestFile f : from.files()) {
      Files.copy(original.dir().resolve(f.name()), dir.resolve(f.name()));
    }
    Manifest manifest = new Manifest(from.dataset(), batchId, extractedAt, from.mode(), from.format(),
        from.encoding(), entries.apply(from.files()));
    Files.write(dir.resolve(Manifest.FILE_NAME), manifest.json());
    record(manifest, dir);
    return manifest;
  }

  public Written find(SourceDataset dataset, String batchId) {
    return written.stream()
        .filter(w -> w.manifest().dataset().equals(dataset.datasetName()) && w.manifest().batchId().equals(batchId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no batch " + dataset + "/" + batchId));
  }

  public List<Written> written() {
    return List.copyOf(written);
  }

  public Path root() {
    return root;
  }

  void record(Manifest manifest, Path dir) {
    written.add(new Written(manifest, dir));
  }
}
