package org.npcwh.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordReaderTest {
  @TempDir
  Path temp;

  private static List<SourceRecord> readAll(Path file, Charset charset) throws IOException {
    List<SourceRecord> records = new ArrayList<>();
    try (CsvRecordReader reader = CsvRecordReader.open(file, charset)) {
      SourceRecord record;
      while ((record = reader.next()) != null) {
        records.add(record);
      }
    }
    return records;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(temp.resolve(name), bytes);
  }

  @Test
  void quotedCommasDoubledQuotesLineBreaksAndStartLines() throws Exception {
    Path file = Path.of(getClass().getResource("/CsvRecordReaderTest/tricky.csv").toURI());
    List<SourceRecord> records = readAll(file, StandardCharsets.UTF_8);
    assertThat(records).extracting(SourceRecord::line, r -> r.values().get("id"), r -> r.values().get("note"),
            r -> r.values().get("n"))
        .containsExactly(
            tuple(2L, "1", "commas, inside", "2"),
            tuple(3L, "2", "he said \"hi\"", "3"),
            tuple(5L, "3", "line one\r\nline two\nline three", "4"),
            tuple(8L, "4", null, null),
            tuple(9L, "5", "plain", "6"));
    assertThat(records.get(1).rawText()).isEqualTo("2,\"he said \"\"hi\"\"\",3");
  }

  @Test
  void headerIsReadAndByteOrderMarkDropped() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    try (CsvRecordReader reader = CsvRecordReader.open(write("bom.csv", bytes), StandardCharsets.UTF_8)) {
      assertThat(reader.header()).contains(List.of("a", "b"));
      assertThat(reader.next().values()).containsEntry("a", "1").containsEntry("b", "2");
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void gb18030IsDecoded() throws IOException {
    Charset gb = Charset.forName("GB18030");
    Path file = write("gb.csv", "名称,地址\n福田,\"深圳, 福田\"\n".getBytes(gb));
    assertThat(readAll(file, gb)).singleElement().extracting(SourceRecord::values)
        .isEqualTo(Map.of("名称", "福田", "地址", "深圳, 福田"));
  }

  @Test
  void brokenRecordsComeBackMalformedAndReadingGoesOn() throws IOException {
    Path file = write("bad.csv", ("a,b\n1,2,3\nx\"y,2\n\"q\"z,2\n5,6\n\"open,7\n8,9\n").getBytes(StandardCharsets.UTF_8));
    List<SourceRecord> records = readAll(file, StandardCharsets.UTF_8);
    assertThat(records).extracting(SourceRecord::line, SourceRecord::malformedReason).containsExactly(
        tuple(2L, "the record has 3 fields but the header has 2"),
        tuple(3L, "a quote appears inside an unquoted field"),
        tuple(4L, "text follows a closing quote"),
        tuple(5L, null),
        tuple(6L, "a quoted field is not closed before the end of the file"));
    assertThat(records.get(4).rawText()).isEqualTo("\"open,7\n8,9\n");
  }

  @Test
  void renderQuotesOnlyWhatNeedsIt() throws IOException {
    Path file = write("h.csv", "a,b,c\n".getBytes(StandardCharsets.UTF_8));
    try (CsvRecordReader reader = CsvRecordReader.open(file, StandardCharsets.UTF_8)) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("a", "x, y");
      values.put("b", null);
      values.put("c", "say \"no\"");
      assertThat(reader.render(values)).isEqualTo("\"x, y\",,\"say \"\"no\"\"\"");
    }
  }

  @Test
  void emptyFileHasAnEmptyHeaderAndNoRecords() throws IOException, URISyntaxException {
    try (CsvRecordReader reader = CsvRecordReader.open(write("empty.csv", new byte[0]), StandardCharsets.UTF_8)) {
      assertThat(reader.header()).contains(List.of());
      assertThat(reader.next()).isNull();
    }
  }
}
