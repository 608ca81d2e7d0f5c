package org.npcwh.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
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
    try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16)) {
      in.mark(1);
      if (in.read() != '\uFEFF') {
        in.reset();
      }
      if (b.manifest() != null && b.jsonl()) {
        readJsonLines((BufferedReader) in, action);
      } else {
        readCsv(in, b.dataset(), action);
      }
    }
  }

  private static void readJsonLines(BufferedReader in, Consumer<Map<String, String>> action) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      Map<String, String> row = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = JSON.readTree(line).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        row.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
      }
      action.accept(row);
    }
  }

  private static void readCsv(Reader in, SourceDataset dataset, Consumer<Map<String, String>> action)
      throws IOException {
    List<String> header = readRecord(in);
    List<String> expected = dataset.fields().stream().map(Field::name).toList();
    if (!expected.equals(header)) {
      throw new IllegalStateException("header " + header + " is not " + expected);
    }
    for (List<String> rec = readRecord(in); rec != null; rec = readRecord(in)) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), rec.get(i).isEmpty() ? null : rec.get(i));
      }
      action.accept(row);
    }
  }

  /** One RFC 4180 record, or null at the end of the input. */
  static List<String> readRecord(Reader in) throws IOException {
    int c = in.read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    while (true) {
      if (quoted) {
        if (c == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            in.reset();
          }
        } else if (c < 0) {
          throw new IllegalStateException("unterminated quoted field");
        } else {
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c < 0) {
        fields.add(field.toString());
        return fields;
      } else if (c != '\r') {
        field.append((char) c);
      }
      c = in.read();
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
