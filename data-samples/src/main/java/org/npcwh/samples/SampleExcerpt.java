package org.npcwh.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.Csv;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Manifest;
import org.npcwh.samples.io.Sha256;
import org.npcwh.samples.io.Values;

/**
 * A small readable excerpt of a generated sample: for every dataset one batch, cut to its first
 * records, written in the batch's own format and encoding with a manifest that matches the cut
 * files (so the excerpt is itself a valid landing zone).
 */
public final class SampleExcerpt {
  /** The batch shown for each dataset: chosen to show every format, encoding and a BOM. */
  public static final Map<SourceDataset, String> BATCHES = batches();

  private SampleExcerpt() {}

  public static void write(Path landing, Path excerpt, int records) throws IOException {
    for (Map.Entry<SourceDataset, String> e : BATCHES.entrySet()) {
      String dataset = e.getKey().datasetName();
      cut(landing.resolve(dataset).resolve(e.getValue()), excerpt.resolve(dataset).resolve(e.getValue()), records);
    }
  }

  private static void cut(Path from, Path to, int records) throws IOException {
    JsonNode m = new ObjectMapper().readTree(from.resolve(Manifest.FILE_NAME).toFile());
    FileStyle.Format format = FileStyle.Format.valueOf(m.get("format").asText().toUpperCase(Locale.ROOT));
    Charset charset = m.get("encoding").asText().equals("GB18030") ? FileStyle.GB18030 : StandardCharsets.UTF_8;
    Files.createDirectories(to);
    List<Manifest.FileEntry> entries = new ArrayList<>();
    boolean bom = false;
    for (JsonNode f : m.get("files")) {
      String name = f.get("name").asText();
      String text = new String(Files.readAllBytes(from.resolve(name)), charset);
      bom |= text.startsWith("\uFEFF");
      List<String> all = format == FileStyle.Format.CSV ? Csv.records(text) : lines(text);
      int header = format == FileStyle.Format.CSV ? 1 : 0;
      List<String> kept = all.subList(0, Math.min(all.size(), header + records));
      byte[] bytes = String.join("", kept).getBytes(charset);
      Files.write(to.resolve(name), bytes);
      entries.add(new Manifest.FileEntry(name, kept.size() - header, Sha256.hex(bytes)));
    }
    new Manifest(SourceDataset.byName(m.get("dataset").asText()), m.get("batch_id").asText(),
        LocalDateTime.parse(m.get("extracted_at").asText(), Values.TIMESTAMP),
        DeliveryMode.valueOf(m.get("mode").asText().toUpperCase(Locale.ROOT)),
        new FileStyle(format, charset, bom), entries).write(to);
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("(?<=\n)")).toList();
  }

  private static Map<SourceDataset, String> batches() {
    Map<SourceDataset, String> b = new LinkedHashMap<>();
    b.put(SourceDataset.REGIONS, "2023-07-01T0100");
    b.put(SourceDataset.DEPARTMENTS, "2023-07-01T0100");
    b.put(SourceDataset.PLATFORMS, "2023-07-01T0100");
    b.put(SourceDataset.PLATFORM_COVERAGE, "2023-07-01T0100");
    b.put(SourceDataset.DEPUTIES, "2022-01-01T0100");
    b.put(SourceDataset.ACTIVITIES, "2023-02-01T0200");
    b.put(SourceDataset.DUTY_ROSTER, "2022-08-01T0200");
    b.put(SourceDataset.MESSAGES, "2022-06-01T0200");
    b.put(SourceDataset.LETTERS, "2022-11-01T0200");
    b.put(SourceDataset.DRAFTS, "2022-03-01T0200");
    b.put(SourceDataset.OPINIONS, "2023-01-01T0200");
    b.put(SourceDataset.SUGGESTIONS, "2022-02-01T0200");
    b.put(SourceDataset.SUGGESTION_REPLIES, "2022-06-01T0200");
    b.put(SourceDataset.EVALUATIONS, "2022-10-01T0200");
    b.put(SourceDataset.LIVELIHOOD_PROJECTS, "2022-02-01T0200");
    return Collections.unmodifiableMap(b);
  }
}
