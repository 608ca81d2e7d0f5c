package org.npcwh.warehouse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A JSON array with one object per row, keys in column order, one row per line. Numbers and
 * booleans are JSON numbers and booleans, SQL NULL is null, lists are arrays, everything else (dates,
 * times, text, NaN and infinities, which JSON cannot hold as numbers) is a string. Jackson writes it,
 * so escaping is Jackson's; only the layout is ours.
 */
final class JsonRenderer {
  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .build();

  private JsonRenderer() {}

  static String render(QueryResult result) {
    StringWriter out = new StringWriter();
    List<String> columns = result.columns();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(new RowPerLine());
      g.writeStartArray();
      for (List<Object> row : result.rows()) {
        g.writeStartObject();
        for (int c = 0; c < columns.size(); c++) {
          g.writeFieldName(columns.get(c));
          value(g, row.get(c));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON into memory cannot fail", e);
    }
    return out.append('\n').toString();
  }

  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (isFiniteNumber(value)) {
      g.writeNumber(CellText.of(value));
    } else if (value instanceof List<?> items) {
      g.writeStartArray();
      for (Object item : items) {
        value(g, item);
      }
      g.writeEndArray();
    } else {
      g.writeString(CellText.of(value));
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

  /**
   * The outer array holds one row per line, indented by two; inside a row everything stays on its
   * line with {@code ", "} and {@code ": "}, so a result reads like a table and diffs by row.
   */
  private static final class RowPerLine implements PrettyPrinter {
    private int arrayDepth;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {}

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {}

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      arrayDepth++;
      g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      if (arrayDepth == 1) {
        g.writeRaw("\n  ");
      }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(arrayDepth == 1 ? ",\n  " : ", ");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      g.writeRaw(arrayDepth == 1 && values > 0 ? "\n]" : "]");
      arrayDepth--;
    }
  }
}
