package org.npcwh.warehouse;

import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table in the style of psql: a header, a rule, one line per row (numbers to the
 * right, the rest to the left, SQL NULL as {@code NULL}) and a row count. Widths count terminal
 * columns, so Chinese text lines up; line breaks and tabs inside a value are shown as
 * {@code \n} and {@code \t} to keep one row on one line.
 */
final class TableRenderer {
  private static final String NULL = "NULL";

  private TableRenderer() {}

  static String render(QueryResult result) {
    List<String> columns = result.columns();
    List<List<String>> cells = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      cells.add(row.stream().map(v -> v == null ? NULL : oneLine(CellText.of(v))).toList());
    }
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = TextWidth.of(oneLine(columns.get(c)));
      for (List<String> row : cells) {
        widths[c] = Math.max(widths[c], TextWidth.of(row.get(c)));
      }
    }
    boolean[] numeric = numericColumns(result);
    StringBuilder out = new StringBuilder();
    line(out, columns.stream().map(TableRenderer::oneLine).toList(), widths, new boolean[columns.size()]);
    rule(out, widths);
    for (List<String> row : cells) {
      line(out, row, widths, numeric);
    }
    int count = cells.size();
    out.append('(').append(count).append(count == 1 ? " row)" : " rows)").append('\n');
    return out.toString();
  }

  /** Columns whose values are all numbers (nulls aside) are aligned to the right. */
  private static boolean[] numericColumns(QueryResult result) {
    boolean[] numeric = new boolean[result.columns().size()];
    for (int c = 0; c < numeric.length; c++) {
      int column = c;
      List<Object> values = result.rows().stream().map(r -> r.get(column)).filter(v -> v != null).toList();
      numeric[c] = !values.isEmpty() && values.stream().allMatch(CellText::isNumber);
    }
    return numeric;
  }

  private static void line(StringBuilder out, List<String> texts, int[] widths, boolean[] rightAligned) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < texts.size(); c++) {
      String text = texts.get(c);
      String padding = " ".repeat(widths[c] - TextWidth.of(text));
      line.append(c == 0 ? " " : " | ");
      line.append(rightAligned[c] ? padding + text : text + padding);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static void rule(StringBuilder out, int[] widths) {
    for (int c = 0; c < widths.length; c++) {
      out.append(c == 0 ? "-" : "-+-").append("-".repeat(widths[c]));
    }
    out.append("-\n");
  }

  private static String oneLine(String text) {
    StringBuilder s = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> s.appendCodePoint(Character.isISOControl(cp) ? '?' : cp);
      }
    });
    return s.toString();
  }
}
