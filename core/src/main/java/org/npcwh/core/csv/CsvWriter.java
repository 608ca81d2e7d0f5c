package org.npcwh.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, a field quoted when it holds a comma, a quote, CR
 * or LF (quotes doubled), null written as an empty field. The one CSV writer of the project, for the
 * landing zone's data files (pull, the sample) and for query output, which differ only in their line
 * end; a byte-order mark or the character set is the caller's business, as it belongs to the file.
 */
public final class CsvWriter {
  /** CRLF, as RFC 4180 writes it: pull's data files and {@code npcwh query --format csv}. */
  public static final CsvWriter CRLF = new CsvWriter("\r\n");
  /** LF: the sample's files, which show that ingest reads either line end. */
  public static final CsvWriter LF = new CsvWriter("\n");

  private final String lineEnd;

  private CsvWriter(String lineEnd) {
    this.lineEnd = lineEnd;
  }

  /** Appends one record with its line end. */
  public void write(Appendable out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      field(out, fields.get(i));
    }
    out.append(lineEnd);
  }

  /** One record with its line end, as text. */
  public String record(List<String> fields) {
    StringBuilder out = new StringBuilder();
    try {
      write(out, fields);
    } catch (IOException e) {
      throw new UncheckedIOException("appending to a StringBuilder cannot fail", e);
    }
    return out.toString();
  }

  private static void field(Appendable out, String value) throws IOException {
    if (value == null || value.isEmpty()) {
      return;
    }
    if (!needsQuotes(value)) {
      out.append(value);
      return;
    }
    out.append('"').append(value.replace("\"", "\"\"")).append('"');
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
