package org.npcwh.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 records, quoted only where a reader would otherwise split or join them wrongly. */
class CsvWriterTest {
  @Test
  void plainFieldsAreWrittenAsTheyAre() {
    assertThat(CsvWriter.CRLF.record(List.of("a", "福田区", " spaced ", "-1.5"))).isEqualTo("a,福田区, spaced ,-1.5\r\n");
    assertThat(CsvWriter.LF.record(List.of("a", "b"))).isEqualTo("a,b\n");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() {
    assertThat(CsvWriter.LF.record(List.of("x,y", "say \"hi\"", "line\nbreak", "cr\rhere", "\"")))
        .isEqualTo("\"x,y\",\"say \"\"hi\"\"\",\"line\nbreak\",\"cr\rhere\",\"\"\"\"\n");
  }

  @Test
  void nullAndEmptyAreBothAnEmptyField() {
    assertThat(CsvWriter.CRLF.record(Arrays.asList(null, "", "z", null))).isEqualTo(",,z,\r\n");
    assertThat(CsvWriter.CRLF.record(List.of())).isEqualTo("\r\n");
  }

  @Test
  void aByteOrderMarkIsTheCallersAndIsNeverQuoted() throws Exception {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    CsvWriter.LF.write(out, List.of("region_code", "name"));
    CsvWriter.LF.write(out, List.of("FT", "福田,区"));

    assertThat(out).hasToString("\uFEFFregion_code,name\nFT,\"福田,区\"\n");
  }
}
