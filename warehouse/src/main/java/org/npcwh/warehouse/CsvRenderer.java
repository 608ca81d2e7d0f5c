package org.npcwh.warehouse;

import java.util.List;
import org.npcwh.core.csv.CsvWriter;

/**
 * A result as CSV records of {@link CsvWriter#CRLF}, the header first; SQL NULL is an empty field.
 * Text that a spreadsheet would run as a formula gets a leading {@code '} (OWASP's CSV injection rule)
 * before it is written; numbers are written as they are.
 */
final class CsvRenderer {
  private CsvRenderer() {}

  static String render(QueryResult result) {
    StringBuilder out = new StringBuilder(CsvWriter.CRLF.record(
        result.columns().stream().map(CsvRenderer::neutralised).toList()));
    for (List<Object> row : result.rows()) {
      out.append(CsvWriter.CRLF.record(row.stream().map(CsvRenderer::cell).toList()));
    }
    return out.toString();
  }

  private static String cell(Object value) {
    if (value == null) {
      return null;
    }
    String text = CellText.of(value);
    return CellText.isNumber(value) ? text : neutralised(text);
  }

  /** Text starting with {@code = + - @}, a tab or a carriage return, with a leading {@code '}. */
  static String neutralised(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
