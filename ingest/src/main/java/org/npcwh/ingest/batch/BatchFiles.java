package org.npcwh.ingest.batch;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.landing.Manifest.ManifestFile;
import org.npcwh.core.landing.Manifest;
import org.npcwh.ingest.pii.PersonalData;
import org.npcwh.ingest.pii.Shown;
import org.npcwh.ingest.source.CsvRecordReader;
import org.npcwh.ingest.source.JsonLinesRecordReader;
import org.npcwh.ingest.source.RecordReader;
import org.npcwh.ingest.source.SourceRecord;

/**
 * Streams the records of a batch's files. Whatever makes a file unusable as a whole (a header that
 * does not match the contract, text not in the declared encoding, a record count that differs from
 * the manifest, a read error) rejects the batch.
 */
public final class BatchFiles {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private final Path folder;
  private final Manifest manifest;
  private final SourceDataset dataset;

  /** Receives each record of a file with the reader that produced it. */
  @FunctionalInterface
  public interface RecordHandler {
    void handle(SourceRecord record, RecordReader reader) throws IOException;
  }

  public BatchFiles(Path folder, Manifest manifest, SourceDataset dataset) {
    this.folder = folder;
    this.manifest = manifest;
    this.dataset = dataset;
  }

  /** Passes every record of one file to the handler; returns how many there were. */
  public long forEachRecord(ManifestFile file, RecordHandler handler) throws BatchRejectedException, IOException {
    long count = 0;
    try (RecordReader reader = open(file)) {
      checkHeader(file, reader);
      SourceRecord record;
      while ((record = next(file, reader, count)) != null) {
        count++;
        handler.handle(record, reader);
      }
    }
    if (count != file.rows()) {
      throw new BatchRejectedException("file " + file.name() + " holds " + count + " records but the manifest says "
          + file.rows());
    }
    return count;
  }

  private RecordReader open(ManifestFile file) throws BatchRejectedException {
    Path path = folder.resolve(file.name());
    try {
      return switch (manifest.format()) {
        case CSV -> CsvRecordReader.open(path, manifest.charset());
        case JSONL -> JsonLinesRecordReader.open(path, manifest.charset());
      };
    } catch (CharacterCodingException e) {
      throw notInEncoding(file, 0);
    } catch (IOException e) {
      throw new BatchRejectedException("file " + file.name() + " cannot be read (" + e + ")");
    }
  }

  private SourceRecord next(ManifestFile file, RecordReader reader, long recordsSoFar) throws BatchRejectedException {
    try {
      return reader.next();
    } catch (CharacterCodingException e) {
      throw notInEncoding(file, recordsSoFar);
    } catch (IOException e) {
      throw new BatchRejectedException("file " + file.name() + " cannot be read (" + e + ")");
    }
  }

  private BatchRejectedException notInEncoding(ManifestFile file, long recordsSoFar) {
    return new BatchRejectedException("file " + file.name() + " is not valid " + manifest.encoding()
        + " text (after record " + recordsSoFar + "); check the manifest's encoding");
  }

  /**
   * Column names as they may be shown: a file delivered without header has data in its first line, so
   * for datasets with personal data only identifier-like names are shown; numbers masked, the list capped.
   */
  private String shown(List<String> columns) {
    if (!dataset.hasPersonalData()) {
      return Shown.capped(String.join(", ", columns), Shown.MAX_QUOTED_CHARS);
    }
    List<String> names = columns.stream().filter(c -> IDENTIFIER.matcher(c).matches())
        .map(PersonalData::maskNumbers).toList();
    int hidden = columns.size() - names.size();
    String rest = hidden == 0 ? "" : (names.isEmpty() ? "" : " and ") + hidden
        + " not shown (they may hold personal data: is the header row missing?)";
    return Shown.capped(String.join(", ", names), Shown.MAX_QUOTED_CHARS) + rest;
  }

  private void checkHeader(ManifestFile file, RecordReader reader) throws BatchRejectedException {
    if (reader.header().isEmpty()) {
      return;
    }
    List<String> header = reader.header().get();
    Set<String> expected = new LinkedHashSet<>(dataset.fields().stream().map(Field::name).toList());
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(header);
    List<String> unknown = new ArrayList<>(header);
    unknown.removeAll(expected);
    Set<String> seen = new HashSet<>();
    List<String> repeated = header.stream().filter(name -> !seen.add(name)).distinct().toList();
    if (missing.isEmpty() && unknown.isEmpty() && repeated.isEmpty()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add("lacks the columns " + String.join(", ", missing));
    }
    if (!unknown.isEmpty()) {
      problems.add("has unknown columns " + shown(unknown));
    }
    if (!repeated.isEmpty()) {
      problems.add("repeats the columns " + shown(repeated));
    }
    throw new BatchRejectedException("the header of file " + file.name() + " " + String.join(" and ", problems)
        + " (" + dataset.datasetName() + " expects " + String.join(", ", expected) + ")");
  }
}
