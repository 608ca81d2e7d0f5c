package org.npcwh.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;

/**
 * Reads the batches a pull wrote and checks them against the landing-zone contract on the way, with
 * its own RFC 4180 parser (stage modules do not depend on ingest): manifest fields, listed files
 * only, row counts, SHA-256, header equal to the contract's fields.
 */
final class LandingZone {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Batch(String batchId, JsonNode manifest, List<Map<String, String>> rows) {}

  private LandingZone() {}

  /** The published batches of a dataset, by batch id; dot-folders (unfinished pulls) are not batches. */
  static List<Batch> batches(Path landing, SourceDataset dataset) throws Exception {
    Path folder = landing.resolve(dataset.datasetName());
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Batch> batches = new ArrayList<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path batch : entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
        batches.add(read(batch, dataset));
      }
    }
    return batches;
  }

  /** A row's values in contract order joined by '|', null as empty: easy to write out by hand. */
  static String line(Map<String, String> row) {
    return String.join("|", row.values().stream().map(v -> v == null ? "" : v).toList());
  }

  /** Every row of every batch, in batch order. */
  static List<Map<String, String>> allRows(Path landing, SourceDataset dataset) throws Exception {
    return batches(landing, dataset).stream().flatMap(b -> b.rows().stream()).toList();
  }

  private static Batch read(Path folder, SourceDataset dataset) throws Exception {
    String batchId = folder.getFileName().toString();
    JsonNode manifest = JSON.readTree(folder.resolve("_manifest.json").toFile());
    assertThat(manifest.path("dataset").asText()).isEqualTo(dataset.datasetName());
    assertThat(manifest.path("batch_id").asText()).isEqualTo(batchId);
    assertThat(manifest.path("extracted_at").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(manifest.path("mode").asText()).isIn("full", "incremental");
    assertThat(manifest.path("format").asText()).isEqualTo("csv");
    assertThat(manifest.path("encoding").asText()).isEqualTo("UTF-8");
    assertThat(manifest.path("files")).hasSize(1);
    JsonNode file = manifest.path("files").get(0);
    Path data = folder.resolve(file.path("name").asText());
    try (Stream<Path> entries = Files.list(folder)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("_manifest.json", file.path("name").asText());
    }
    byte[] bytes = Files.readAllBytes(data);
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
        .isEqualTo(file.path("sha256").asText());
    List<List<String>> records = parseCsv(new String(bytes, StandardCharsets.UTF_8));
    assertThat(records.get(0)).containsExactlyElementsOf(dataset.fields().stream().map(Field::name).toList());
    assertThat(records.size() - 1L).isEqualTo(file.path("rows").asLong());
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> record : records.subList(1, records.size())) {
      assertThat(record).hasSameSizeAs(records.get(0));
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < record.size(); i++) {
        row.put(records.get(0).get(i), record.get(i).isEmpty() ? null : record.get(i));
      }
      rows.add(row);
    }
    return new Batch(batchId, manifest, rows);
  }

  /** RFC 4180: records end with CRLF; quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parseCsv(String text) throws IOException {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        int end = i + 1;
        while (true) {
          int quote = text.indexOf('"', end);
          if (quote < 0) {
            throw new IOException("unterminated quoted field");
          }
          if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
            field.append(text, end, quote + 1);
            end = quote + 2;
          } else {
            field.append(text, end, quote);
            i = quote + 1;
            break;
          }
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else if (c == '\r' || c == '\n' || c == '"') {
        throw new IOException("bare " + (int) c + " outside quotes at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      throw new IOException("last record does not end with CRLF");
    }
    return records;
  }
}
