package org.npcwh.samples.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;

/** A batch's {@code _manifest.json}, written with its keys in the contract's order. */
public record Manifest(
    SourceDataset dataset,
    String batchId,
    LocalDateTime extractedAt,
    DeliveryMode mode,
    FileStyle style,
    List<FileEntry> files) {

  public static final String FILE_NAME = "_manifest.json";

  /** One data file as the manifest declares it. */
  public record FileEntry(String name, long rows, String sha256) {}

  public Manifest {
    files = List.copyOf(files);
  }

  public long rows() {
    return files.stream().mapToLong(FileEntry::rows).sum();
  }

  /** The same files delivered again under another batch id and extraction time. */
  public Manifest redelivered(String newBatchId, LocalDateTime newExtractedAt) {
    return new Manifest(dataset, newBatchId, newExtractedAt, mode, style, files);
  }

  public Manifest withFiles(UnaryOperator<List<FileEntry>> change) {
    return new Manifest(dataset, batchId, extractedAt, mode, style, change.apply(files));
  }

  public void write(Path batchDir) throws IOException {
    try (Writer w = Files.newBufferedWriter(batchDir.resolve(FILE_NAME), StandardCharsets.UTF_8);
        JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("dataset", dataset.datasetName());
      g.writeStringField("batch_id", batchId);
      g.writeStringField("extracted_at", extractedAt.format(Values.TIMESTAMP));
      g.writeStringField("mode", mode.code());
      g.writeStringField("format", style.format().code());
      g.writeStringField("encoding", style.encodingName());
      g.writeArrayFieldStart("files");
      for (FileEntry f : files) {
        g.writeStartObject();
        g.writeStringField("name", f.name());
        g.writeNumberField("rows", f.rows());
        g.writeStringField("sha256", f.sha256());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}
