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
    StringBuilder out = new StringBuilder();
    line(out, columns.stream().map(TableRenderer::oneLine).toList(), widths, c -> false);
    rule(out, widths);
    for (int r = 0; r < cells.size(); r++) {
      List<Object> values = result.rows().get(r);
      line(out, cells.get(r), widths, c -> CellText.isNumber(values.get(c)));
    }
    int count = cells.size();
    out.append('(').append(count).append(count == 1 ? " row)" : " rows)").append('\n');
    return out.toString();
  }

  private interface RightAligned {
    boolean at(int column);
  }

  private static void line(StringBuilder out, List<String> texts, int[] widths, RightAligned right) {
    for (int c = 0; c < texts.size(); c++) {
      String text = texts.get(c);
      String padding = " ".repeat(widths[c] - TextWidth.of(text));
      out.append(c == 0 ? " " : " | ");
      out.append(right.at(c) ? padding + text : text + padding);
    }
    out.append('\n');
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
