package org.npcwh.warehouse;

import java.util.List;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break (quotes doubled). SQL NULL is an empty field.
 */
final class CsvRenderer {
  private static final String CRLF = "\r\n";

  private CsvRenderer() {}

  static String render(QueryResult result) {
    StringBuilder out = new StringBuilder();
    record(out, result.columns());
    for (List<Object> row : result.rows()) {
      record(out, row.stream().map(v -> v == null ? "" : CellText.of(v)).toList());
    }
    return out.toString();
  }

  private static void record(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append(CRLF);
  }

  static String field(String text) {
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
