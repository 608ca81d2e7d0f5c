package org.npcwh.warehouse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A JSON array with one object per row, keys in column order. Numbers and booleans are JSON
 * numbers and booleans, SQL NULL is null, lists are arrays, everything else (dates, times, text,
 * NaN and infinities, which JSON cannot hold as numbers) is a string.
 */
final class JsonRenderer {
  private JsonRenderer() {}

  static String render(QueryResult result) {
    StringBuilder out = new StringBuilder("[");
    List<String> columns = result.columns();
    for (int r = 0; r < result.rows().size(); r++) {
      out.append(r == 0 ? "\n  {" : ",\n  {");
      List<Object> row = result.rows().get(r);
      for (int c = 0; c < columns.size(); c++) {
        if (c > 0) {
          out.append(", ");
        }
        string(out, columns.get(c));
        out.append(": ");
        value(out, row.get(c));
      }
      out.append('}');
    }
    out.append(result.rows().isEmpty() ? "]\n" : "\n]\n");
    return out.toString();
  }

  private static void value(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (isFiniteNumber(value)) {
      out.append(CellText.of(value));
    } else if (value instanceof List<?> items) {
      out.append('[');
      for (int i = 0; i < items.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        value(out, items.get(i));
      }
      out.append(']');
    } else {
      string(out, CellText.of(value));
    }
  }

  private static boolean isFiniteNumber(Object value) {
    if (value instanceof Double d) {
      return Double.isFinite(d);
    }
    if (value instanceof Float f) {
      return Float.isFinite(f);
    }
    return value instanceof BigDecimal || value instanceof BigInteger || value instanceof Long
        || value instanceof Integer || value instanceof Short || value instanceof Byte;
  }

  static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    out.append('"');
  }
}
