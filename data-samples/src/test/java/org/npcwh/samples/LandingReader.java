package org.npcwh.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;

/**
 * Reads a landing zone the way the contract says, in plain Java and independently of the generator's
 * writing code: manifests, checksums, RFC 4180 CSV in UTF-8 (BOM or not) or GB18030, JSON Lines.
 */
final class LandingReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One batch folder and what its manifest says (manifest null when there is none). */
  record BatchInfo(SourceDataset dataset, Path dir, JsonNode manifest) {
    String batchId() {
      return dir.getFileName().toString();
    }

    String extractedAt() {
      return manifest.get("extracted_at").asText();
    }

    boolean full() {
      return manifest.get("mode").asText().equals("full");
    }

    Charset charset() {
      return manifest.get("encoding").asText().equals("GB18030") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    }

    boolean jsonl() {
      return manifest.get("format").asText().equals("jsonl");
    }
  }

  private final Path root;
  private final Map<SourceDataset, List<BatchInfo>> usable = new EnumMap<>(SourceDataset.class);

  LandingReader(Path root) {
    this.root = root;
  }

  List<BatchInfo> batches(SourceDataset dataset) throws IOException {
    Path dir = root.resolve(dataset.datasetName());
    List<BatchInfo> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(dir)) {
      for (Path b : dirs.sorted().toList()) {
        Path manifest = b.resolve("_manifest.json");
        out.add(new BatchInfo(dataset, b, Files.exists(manifest) ? JSON.readTree(manifest.toFile()) : null));
      }
    }
    return out;
  }

  /** Batches with a manifest that their files match: what ingest may publish. */
  List<BatchInfo> usable(SourceDataset dataset) throws IOException {
    if (usable.containsKey(dataset)) {
      return usable.get(dataset);
    }
    List<BatchInfo> out = new ArrayList<>();
    for (BatchInfo b : batches(dataset)) {
      if (b.manifest() != null && mismatches(b).isEmpty()) {
        out.add(b);
      }
    }
    usable.put(dataset, out);
    return out;
  }

  /** What in the batch's files does not match its manifest (empty when all matches). */
  List<String> mismatches(BatchInfo b) throws IOException {
    List<String> problems = new ArrayList<>();
    for (JsonNode f : b.manifest().get("files")) {
      Path file = b.dir().resolve(f.get("name").asText());
      if (!Files.exists(file)) {
        problems.add("missing " + file);
        continue;
      }
      String sha = HexFormat.of().formatHex(sha256(Files.readAllBytes(file)));
      if (!sha.equals(f.get("sha256").asText())) {
        problems.add("checksum of " + file);
      }
      long[] rows = {0};
      readFile(b, file, r -> rows[0]++);
      if (rows[0] != f.get("rows").asLong()) {
        problems.add("rows of " + file + ": " + rows[0]);
      }
    }
    return problems;
  }

  void forEachRow(BatchInfo b, Consumer<Map<String, String>> action) throws IOException {
    for (JsonNode f : b.manifest().get("files")) {
      readFile(b, b.dir().resolve(f.get("name").asText()), action);
    }
  }

  /** The rows of the newest usable full batch (by extracted_at). */
  List<Map<String, String>> newestFull(SourceDataset dataset) throws IOException {
    BatchInfo newest = usable(dataset).stream().filter(BatchInfo::full)
        .max(Comparator.comparing(BatchInfo::extractedAt)).orElseThrow();
    List<Map<String, String>> rows = new ArrayList<>();
    forEachRow(newest, rows::add);
    return rows;
  }

  /** Reads one data file; a file without a manifest is read as UTF-8 CSV. */
  void readFile(BatchInfo b, Path file, Consumer<Map<String, String>> action) throws IOException {
    Charset charset = b.manifest() == null ? StandardCharsets.UTF_8 : b.charset();
    String text = new String(Files.readAllBytes(file), charset);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (b.manifest() != null && b.jsonl()) {
      readJsonLines(text, action);
    } else {
      readCsv(new CsvCursor(text), b.dataset(), action);
    }
  }

  private static void readJsonLines(String text, Consumer<Map<String, String>> action) throws IOException {
    for (String line : text.split("\n")) {
      Map<String, String> row = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = JSON.readTree(line).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        row.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
      }
      action.accept(row);
    }
  }

  private static void readCsv(CsvCursor in, SourceDataset dataset, Consumer<Map<String, String>> action) {
    List<String> header = in.record();
    List<String> expected = dataset.fields().stream().map(Field::name).toList();
    if (!expected.equals(header)) {
      throw new IllegalStateException("header " + header + " is not " + expected);
    }
    for (List<String> rec = in.record(); rec != null; rec = in.record()) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), rec.get(i).isEmpty() ? null : rec.get(i));
      }
      action.accept(row);
    }
  }

  /** RFC 4180 records read one after the other from a text. */
  static final class CsvCursor {
    private final String text;
    private int at;

    CsvCursor(String text) {
      this.text = text;
    }

    /** The next record's fields, or null at the end. */
    List<String> record() {
      if (at >= text.length()) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (quoted) {
          if (c != '"') {
            field.append(c);
          } else if (at < text.length() && text.charAt(at) == '"') {
            field.append('"');
            at++;
          } else {
            quoted = false;
          }
        } else if (c == '"' && field.isEmpty()) {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          break;
        } else if (c != '\r') {
          field.append(c);
        }
      }
      if (quoted) {
        throw new IllegalStateException("unterminated quoted field");
      }
      fields.add(field.toString());
      return fields;
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
