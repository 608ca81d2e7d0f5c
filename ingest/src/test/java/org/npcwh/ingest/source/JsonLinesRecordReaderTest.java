package org.npcwh.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesRecordReaderTest {
  @TempDir
  Path temp;

  private List<SourceRecord> read(String text) throws IOException {
    Path file = Files.writeString(temp.resolve("f.jsonl"), text, StandardCharsets.UTF_8);
    List<SourceRecord> records = new ArrayList<>();
    try (JsonLinesRecordReader reader = JsonLinesRecordReader.open(file, StandardCharsets.UTF_8)) {
      assertThat(reader.header()).isEmpty();
      SourceRecord record;
      while ((record = reader.next()) != null) {
        records.add(record);
      }
    }
    return records;
  }

  @Test
  void scalarsBecomeTextNullAndEmptyBecomeNullBlankLinesAreSkipped() throws IOException {
    List<SourceRecord> records = read("{\"a\":\"x\",\"n\":12,\"d\":1200.50,\"big\":1e3,\"b\":true,\"z\":null,\"e\":\"\"}\n"
        + "\n   \r\n{\"a\":\"y\"}\r\n");
    assertThat(records).extracting(SourceRecord::line).containsExactly(1L, 4L);
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("a", "x");
    expected.put("n", "12");
    expected.put("d", "1200.5");
    expected.put("big", "1000");
    expected.put("b", "true");
    expected.put("z", null);
    expected.put("e", null);
    assertThat(records.get(0).values()).containsExactlyEntriesOf(expected);
  }

  @Test
  void unparseableLinesAreMalformedRecordsWithoutQuotingThem() throws IOException {
    List<SourceRecord> records = read("not json 13812345678\n[1,2]\n{\"a\":{\"b\":1}}\n{\"a\":1,\"a\":2}\n{\"a\":1} 2\n");
    assertThat(records).extracting(SourceRecord::line, SourceRecord::malformedReason).containsExactly(
        tuple(1L, "the line is not valid JSON"),
        tuple(2L, "the line is a JSON array, not an object"),
        tuple(3L, "field a holds a JSON array or object, not a single value"),
        tuple(4L, "the line is not valid JSON"),
        tuple(5L, "the line is not valid JSON"));
    assertThat(records).allSatisfy(r -> assertThat(r.malformedReason()).doesNotContain("13812345678"));
  }
}
