package org.npcwh.samples.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.contract.Field;
import org.npcwh.core.csv.CsvWriter;
import org.npcwh.core.landing.Manifest;
import org.npcwh.core.landing.Sha256;

/**
 * One data file of a batch, written as rows arrive (never held in memory), counting records and
 * hashing the bytes on the way out for the manifest.
 */
final class BatchFile implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactoryBuilder()
      .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .rootValueSeparator((String) null)
      .build();

  private final String name;
  private final FileStyle style;
  private final MessageDigest digest;
  private final Writer out;
  private final JsonGenerator json;
  private long rows;

  BatchFile(Path file, FileStyle style, List<Field> fields) throws IOException {
    this.name = file.getFileName().toString();
    this.style = style;
    this.digest = Sha256.digest();
    this.out = new OutputStreamWriter(
        new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), digest),
        style.charset());
    if (style.bom()) {
      out.write('\uFEFF');
    }
    if (style.format() == Manifest.Format.CSV) {
      this.json = null;
      CsvWriter.LF.write(out, fields.stream().map(Field::name).toList());
    } else {
      this.json = JSON.createGenerator(out);
    }
  }

  void write(Row row) throws IOException {
    if (json == null) {
      writeCsv(row);
    } else {
      writeJson(row);
    }
    rows++;
  }

  /** Writes one already formatted record (CSV record or JSON line, with its line end). */
  void writeRecord(String record) throws IOException {
    out.write(record);
    rows++;
  }

  /** Closes the file and returns its manifest entry. */
  Manifest.ManifestFile finish() throws IOException {
    close();
    return new Manifest.ManifestFile(name, rows, Sha256.hex(digest));
  }

  @Override
  public void close() throws IOException {
    if (json != null) {
      json.close();
    }
    out.close();
  }

  private void writeCsv(Row row) throws IOException {
    List<Field> fields = row.fields();
    List<String> texts = new ArrayList<>(fields.size());
    for (int i = 0; i < fields.size(); i++) {
      texts.add(Values.text(row.value(i)));
    }
    CsvWriter.LF.write(out, texts);
  }

  /** Numbers and booleans as JSON numbers and booleans, everything else as strings; nulls absent. */
  private void writeJson(Row row) throws IOException {
    List<Field> fields = row.fields();
    json.writeStartObject();
    for (int i = 0; i < fields.size(); i++) {
      Object v = row.value(i);
      if (v == null) {
        continue;
      }
      json.writeFieldName(fields.get(i).name());
      if (v instanceof Integer n) {
        json.writeNumber(n);
      } else if (v instanceof Long n) {
        json.writeNumber(n);
      } else if (v instanceof BigDecimal d) {
        json.writeNumber(d);
      } else if (v instanceof Boolean b) {
        json.writeBoolean(b);
      } else {
        json.writeString(Values.text(v));
      }
    }
    json.writeEndObject();
    json.flush();
    out.write('\n');
  }

  String name() {
    return name;
  }

  FileStyle style() {
    return style;
  }
}
