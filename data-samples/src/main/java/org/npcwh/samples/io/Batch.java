package org.npcwh.samples.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.landing.Manifest;

/**
 * One batch folder {@code <landing>/<dataset>/<batch_id>/} being written: its data files stay open
 * while rows stream in; closing writes the manifest (last, as an upstream extract would).
 */
public final class Batch {
  private final Landing landing;
  private final Path dir;
  private final SourceDataset dataset;
  private final String batchId;
  private final LocalDateTime extractedAt;
  private final DeliveryMode mode;
  private final FileStyle style;
  private final Map<String, BatchFile> files = new LinkedHashMap<>();

  Batch(Landing landing, Path dir, SourceDataset dataset, String batchId, LocalDateTime extractedAt,
      DeliveryMode mode, FileStyle style) {
    this.landing = landing;
    this.dir = dir;
    this.dataset = dataset;
    this.batchId = batchId;
    this.extractedAt = extractedAt;
    this.mode = mode;
    this.style = style;
  }

  /** Writes to the batch's one default file, named after the dataset. */
  public void write(Row row) throws IOException {
    write(dataset.datasetName(), row);
  }

  /** Writes to the named file of the batch ({@code stem} plus the format's extension). */
  public void write(String stem, Row row) throws IOException {
    if (row.dataset() != dataset) {
      throw new IllegalArgumentException("a " + row.dataset() + " row in a " + dataset + " batch");
    }
    file(stem).write(row);
  }

  /** Writes an already formatted record to the default file. */
  public void writeRecord(String record) throws IOException {
    file(dataset.datasetName()).writeRecord(record);
  }

  /** Finishes the files and writes the manifest; returns it. */
  public Manifest close() throws IOException {
    Manifest manifest = finishFiles();
    Files.write(dir.resolve(Manifest.FILE_NAME), manifest.json());
    landing.record(manifest, dir);
    return manifest;
  }

  /** Finishes the files but writes no manifest: a batch still being extracted. */
  public Manifest closeUnfinished() throws IOException {
    Manifest manifest = finishFiles();
    landing.record(manifest, dir);
    return manifest;
  }

  public SourceDataset dataset() {
    return dataset;
  }

  public FileStyle style() {
    return style;
  }

  private Manifest finishFiles() throws IOException {
    if (files.isEmpty()) {
      file(dataset.datasetName());
    }
    List<Manifest.ManifestFile> entries = new ArrayList<>();
    for (BatchFile f : files.values()) {
      entries.add(f.finish());
    }
    return new Manifest(dataset.datasetName(), batchId, extractedAt, mode, style.format(), style.encodingName(),
        entries);
  }

  private BatchFile file(String stem) throws IOException {
    BatchFile f = files.get(stem);
    if (f == null) {
      Files.createDirectories(dir);
      f = new BatchFile(dir.resolve(stem + "." + style.format().code()), style, dataset.fields());
      files.put(stem, f);
    }
    return f;
  }
}
