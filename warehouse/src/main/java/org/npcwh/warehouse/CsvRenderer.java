package org.npcwh.warehouse;

import java.util.List;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a
 * line break (quotes doubled). SQL NULL is an empty field. Text that a spreadsheet would run as a
 * formula gets a leading {@code '} (OWASP's CSV injection rule); numbers are written as they are.
 */
final class CsvRenderer {
  private static final String CRLF = "\r\n";

  private CsvRenderer() {}

  static String render(QueryResult result) {
    StringBuilder out = new StringBuilder();
    record(out, result.columns().stream().map(CsvRenderer::neutralised).toList());
    for (List<Object> row : result.rows()) {
      record(out, row.stream().map(CsvRenderer::cell).toList());
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

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = CellText.of(value);
    return CellText.isNumber(value) ? text : neutralised(text);
  }

  /** Text starting with {@code = + - @}, a tab or a carriage return, with a leading {@code '}. */
  static String neutralised(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  static String field(String text) {
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
