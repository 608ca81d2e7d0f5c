package org.npcwh.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OWASP's CSV injection rule: text a spreadsheet would run as a formula gets a leading quote. */
class CsvInjectionTest {

  @Test
  void textStartingLikeAFormulaGetsALeadingQuote() {
    QueryResult result = new QueryResult(List.of("text"), List.of(
        List.of("=HYPERLINK(\"http://x\",\"click\")"), List.of("@SUM(A1:A2)"), List.of("+cmd|' /C calc'!A0"),
        List.of("-2+3"), List.of("\tTAB"), List.of("\rCR"), List.of("a=b"), List.of("全市")));

    assertThat(result.render(OutputFormat.CSV)).isEqualTo("text\r\n"
        + "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"\r\n"
        + "'@SUM(A1:A2)\r\n"
        + "'+cmd|' /C calc'!A0\r\n"
        + "'-2+3\r\n"
        + "'\tTAB\r\n"
        + "\"'\rCR\"\r\n"
        + "a=b\r\n"
        + "全市\r\n");
  }

  @Test
  void numbersStayNumbersAndHeadersAreNeutralisedToo() {
    QueryResult result = new QueryResult(List.of("=value", "minus"), List.of(
        List.of(new BigDecimal("-0.5"), -3L), List.of(-0.25, -1)));

    assertThat(result.render(OutputFormat.CSV)).isEqualTo("'=value,minus\r\n-0.5,-3\r\n-0.25,-1\r\n");
  }
}
