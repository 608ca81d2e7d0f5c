package org.npcwh.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryResultRenderTest {
  static final QueryResult FIGURES = new QueryResult(List.of("scope_name", "value", "since"), List.of(
      List.of("全市", 3.0, LocalDate.of(2023, 1, 1)),
      Arrays.asList("福田区", null, LocalDateTime.of(2023, 1, 31, 23, 30)),
      Arrays.asList("Futian, \"FT\"", new BigDecimal("12.5000"), null)));

  @Test
  void tableAlignsChineseByDisplayWidthAndShowsNulls() {
    assertThat(FIGURES.render(OutputFormat.TABLE)).isEqualTo(String.join("\n",
        " scope_name   | value   | since",
        "--------------+---------+---------------------",
        " 全市         |       3 | 2023-01-01",
        " 福田区       |    NULL | 2023-01-31 23:30:00",
        " Futian, \"FT\" | 12.5000 | NULL",
        "(3 rows)",
        ""));
  }

  @Test
  void tableKeepsEachRowOnOneLineAndCountsOneRow() {
    QueryResult result = new QueryResult(List.of("reason"), List.of(List.of("a\nb\tc")));

    assertThat(result.render(OutputFormat.TABLE)).isEqualTo(" reason\n---------\n a\\nb\\tc\n(1 row)\n");
  }

  @Test
  void emptyResultsStillShowTheirColumns() {
    QueryResult result = new QueryResult(List.of("period", "value"), List.of());

    assertThat(result.render(OutputFormat.TABLE)).isEqualTo(" period | value\n--------+-------\n(0 rows)\n");
    assertThat(result.render(OutputFormat.CSV)).isEqualTo("period,value\r\n");
    assertThat(result.render(OutputFormat.JSON)).isEqualTo("[]\n");
  }

  @Test
  void csvFollowsRfc4180() {
    QueryResult result = new QueryResult(List.of("a", "b"),
        List.of(Arrays.asList("x,y", "say \"hi\""), Arrays.asList("line\nbreak", null)));

    assertThat(FIGURES.render(OutputFormat.CSV)).isEqualTo("scope_name,value,since\r\n"
        + "全市,3,2023-01-01\r\n"
        + "福田区,,2023-01-31 23:30:00\r\n"
        + "\"Futian, \"\"FT\"\"\",12.5000,\r\n");
    assertThat(result.render(OutputFormat.CSV))
        .isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",\r\n");
  }

  @Test
  void jsonIsAnArrayOfObjectsWithJsonTypes() {
    QueryResult result = new QueryResult(List.of("n", "ok", "list", "nan", "text"),
        List.of(Arrays.asList(7L, true, List.of("a", "b"), Double.NaN, "引号\"\\\n\u0001")));

    assertThat(FIGURES.render(OutputFormat.JSON)).isEqualTo("[\n"
        + "  {\"scope_name\": \"全市\", \"value\": 3, \"since\": \"2023-01-01\"},\n"
        + "  {\"scope_name\": \"福田区\", \"value\": null, \"since\": \"2023-01-31 23:30:00\"},\n"
        + "  {\"scope_name\": \"Futian, \\\"FT\\\"\", \"value\": 12.5000, \"since\": null}\n"
        + "]\n");
    assertThat(result.render(OutputFormat.JSON)).isEqualTo("[\n"
        + "  {\"n\": 7, \"ok\": true, \"list\": [\"a\", \"b\"], \"nan\": \"NaN\", \"text\": \"引号\\\"\\\\\\n\\u0001\"}\n"
        + "]\n");
  }

  @Test
  void jsonEscapesControlCharactersInLowerCaseHexAndNestsListsOnTheRowsLine() {
    QueryResult result = new QueryResult(List.of("esc", "nested", "inf", "big"), List.of(
        Arrays.asList("\u001b[0m\t", Arrays.asList(1L, null, List.of()), Double.POSITIVE_INFINITY,
            new BigDecimal("1E+3")),
        Arrays.asList("", List.of(), null, 0.25)));

    assertThat(result.render(OutputFormat.JSON)).isEqualTo("[\n"
        + "  {\"esc\": \"\\u001b[0m\\t\", \"nested\": [1, null, []], \"inf\": \"Infinity\", \"big\": 1000},\n"
        + "  {\"esc\": \"\", \"nested\": [], \"inf\": null, \"big\": 0.25}\n"
        + "]\n");
  }

  @Test
  void textWidthCountsWideCharactersTwiceAndMarksNever() {
    assertThat(TextWidth.of("abc")).isEqualTo(3);
    assertThat(TextWidth.of("福田区")).isEqualTo(6);
    assertThat(TextWidth.of("（全角）")).isEqualTo(8);
    assertThat(TextWidth.of("e\u0301")).isEqualTo(1);
  }
}
