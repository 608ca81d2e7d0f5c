package org.npcwh.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.landing.Manifest;
import org.npcwh.core.landing.ManifestException;
import org.npcwh.core.landing.ManifestReader;
import org.npcwh.core.landing.Sha256;

/**
 * A small readable excerpt of a generated sample: for every dataset one batch, cut to its first
 * records, written in the batch's own format and encoding with a manifest that matches the cut
 * files (so the excerpt is itself a valid landing zone).
 */
public final class SampleExcerpt {
  /**
   * The batch shown for a dataset, chosen to show every format, encoding and a BOM; a dataset not
   * listed shows its first batch.
   */
  private static final Map<SourceDataset, String> BATCHES = batches();

  private SampleExcerpt() {}

  public static void write(Path landing, Path excerpt, int records) throws IOException {
    for (SourceDataset dataset : SourceDataset.values()) {
      Path batches = landing.resolve(dataset.datasetName());
      String batch = BATCHES.containsKey(dataset) ? BATCHES.get(dataset) : firstBatch(batches);
      cut(batches.resolve(batch), excerpt.resolve(dataset.datasetName()).resolve(batch), records);
    }
  }

  private static String firstBatch(Path batches) throws IOException {
    try (Stream<Path> folders = Files.list(batches)) {
      return folders.map(f -> f.getFileName().toString()).sorted().findFirst()
          .orElseThrow(() -> new IllegalStateException("the sample delivered no batch in " + batches));
    }
  }

  private static void cut(Path from, Path to, int records) throws IOException {
    Manifest m = read(from);
    Files.createDirectories(to);
    List<Manifest.ManifestFile> entries = new ArrayList<>();
    for (Manifest.ManifestFile f : m.files()) {
      String text = new String(Files.readAllBytes(from.resolve(f.name())), m.charset());
      List<String> all = m.format() == Manifest.Format.CSV ? csvRecords(text) : lines(text);
      int header = m.format() == Manifest.Format.CSV ? 1 : 0;
      List<String> kept = all.subList(0, Math.min(all.size(), header + records));
      byte[] bytes = String.join("", kept).getBytes(m.charset());
      Files.write(to.resolve(f.name()), bytes);
      entries.add(new Manifest.ManifestFile(f.name(), kept.size() - header, Sha256.hex(bytes)));
    }
    Manifest cut = new Manifest(m.dataset(), m.batchId(), m.extractedAt(), m.mode(), m.format(), m.encoding(),
        entries);
    Files.write(to.resolve(Manifest.FILE_NAME), cut.json());
  }

  private static Manifest read(Path batch) throws IOException {
    try {
      return ManifestReader.read(batch.resolve(Manifest.FILE_NAME), batch.getParent().getFileName().toString(),
          batch.getFileName().toString(), text -> text);
    } catch (ManifestException e) {
      throw new IllegalStateException("the sample's own batch " + batch + " is broken: " + e.getMessage(), e);
    }
  }

  /** The records of a CSV text, each with its line end, the header first (a leading BOM is kept). */
  private static List<String> csvRecords(String text) {
    List<String> out = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
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
    b.put(SourceDataset.DUTY_POINT_RULES, "2023-07-01T0100");
    b.put(SourceDataset.PROFESSIONAL_GROUPS, "2023-07-01T0100");
    b.put(SourceDataset.STATION_RESOURCES, "2023-07-01T0100");
    b.put(SourceDataset.DUTY_RECORDS, "2023-02-01T0200");
    b.put(SourceDataset.GROUP_OUTPUTS, "2022-12-01T0200");
    b.put(SourceDataset.OVERSIGHT_SESSIONS, "2023-03-01T0200");
    b.put(SourceDataset.OVERSIGHT_ISSUES, "2022-06-01T0200");
    b.put(SourceDataset.DEPARTMENT_ASSESSMENTS, "2023-03-01T0200");
    b.put(SourceDataset.VOTER_MEETINGS, "2022-04-01T0200");
    b.put(SourceDataset.COMMITMENT_CHECKS, "2022-12-01T0200");
    return Collections.unmodifiableMap(b);
  }
}
