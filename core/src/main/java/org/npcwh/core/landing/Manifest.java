package org.npcwh.core.landing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.npcwh.core.contract.DeliveryMode;

/**
 * A batch's {@code _manifest.json}: what the upstream extract declares it delivered. The one
 * definition of the landing contract's manifest, so that what pull and the sample generator write is
 * what ingest reads ({@link ManifestReader} checks a delivered one; {@link #json()} writes it).
 */
public record Manifest(
    String dataset,
    String batchId,
    LocalDateTime extractedAt,
    DeliveryMode mode,
    Format format,
    String encoding,
    List<ManifestFile> files) {

  /** The manifest's file name inside a batch folder. */
  public static final String FILE_NAME = "_manifest.json";
  /** {@code extracted_at}: local China time to the second, no offset. */
  public static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  private static final JsonFactory JSON = new JsonFactory();

  public Manifest {
    files = List.copyOf(files);
  }

  /** The delivered file formats; {@link #code()} is how the manifest and file extensions name them. */
  public enum Format {
    CSV, JSONL;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One data file the manifest lists. */
  public record ManifestFile(String name, long rows, String sha256) {}

  public Charset charset() {
    return "GB18030".equals(encoding) ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
  }

  public long totalRows() {
    return files.stream().mapToLong(ManifestFile::rows).sum();
  }

  /**
   * What identifies the batch's content regardless of its id and file names: the SHA-256 of the
   * files' SHA-256s (lowercase hex), sorted and joined by {@code \n}.
   */
  public String contentSha256() {
    return Sha256.hex(String.join("\n", files.stream().map(ManifestFile::sha256).sorted().toList()));
  }

  /**
   * The manifest as UTF-8 JSON: keys in the contract's order, two-space indent, LF line ends and a
   * final LF, so the same manifest is always the same bytes.
   */
  public byte[] json() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(bytes)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("dataset", dataset);
      g.writeStringField("batch_id", batchId);
      g.writeStringField("extracted_at", TIMESTAMP.format(extractedAt));
      g.writeStringField("mode", mode.code());
      g.writeStringField("format", format.code());
      g.writeStringField("encoding", encoding);
      g.writeArrayFieldStart("files");
      for (ManifestFile f : files) {
        g.writeStartObject();
        g.writeStringField("name", f.name());
        g.writeNumberField("rows", f.rows());
        g.writeStringField("sha256", f.sha256());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON into memory cannot fail", e);
    }
    return bytes.toByteArray();
  }
}
