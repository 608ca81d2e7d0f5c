package org.npcwh.samples.io;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 writing, and splitting a CSV text into whole records (quoted fields may hold line breaks). */
public final class Csv {
  private Csv() {}

  /** One record with its line end; fields are quoted only where they must be. */
  public static String line(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(quote(fields.get(i)));
    }
    return b.append('\n').toString();
  }

  static String quote(String field) {
    boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
        || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0
        || (!field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /** The records of a CSV text, each with its line end, the header first (a leading BOM is kept). */
  public static List<String> records(String text) {
    List<String> out = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
