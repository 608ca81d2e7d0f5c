package org.npcwh.ingest.source;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A small streaming RFC 4180 reader: fields separated by commas, optionally quoted with {@code "}; a
 * quoted field may hold commas, doubled quotes and line breaks; records end with CRLF, LF or CR. The
 * first record is the header. Wholly empty lines between records are not records. A record whose
 * quoting is broken, or whose field count differs from the header's, comes back malformed.
 */
public final class CsvRecordReader implements RecordReader {
  private static final int END = -1;

  private final Reader reader;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private int pushedBack = Integer.MIN_VALUE;
  private long line = 1;
  private final List<String> header;

  private CsvRecordReader(Reader reader) throws IOException {
    this.reader = reader;
    RawFields first = readFields();
    this.header = first == null ? List.of() : first.fields();
  }

  public static CsvRecordReader open(java.nio.file.Path file, java.nio.charset.Charset charset) throws IOException {
    return new CsvRecordReader(TextDecoding.open(file, charset));
  }

  @Override
  public Optional<List<String>> header() {
    return Optional.of(header);
  }

  @Override
  public SourceRecord next() throws IOException {
    RawFields record = readFields();
    if (record == null) {
      return null;
    }
    if (record.problem() != null) {
      return SourceRecord.malformed(record.startLine(), record.text(), record.problem());
    }
    if (record.fields().size() != header.size()) {
      return SourceRecord.malformed(record.startLine(), record.text(), "the record has "
          + record.fields().size() + " fields but the header has " + header.size());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String value = record.fields().get(i);
      values.put(header.get(i), value.isEmpty() ? null : value);
    }
    return SourceRecord.parsed(record.startLine(), values, record.text());
  }

  @Override
  public String render(Map<String, String> values) {
    StringJoiner record = new StringJoiner(",");
    values.values().forEach(value -> record.add(quoted(value == null ? "" : value)));
    return record.toString();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private static String quoted(String value) {
    boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
        || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private record RawFields(long startLine, List<String> fields, String text, String problem) {}

  private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

  /** The next non-empty record's fields, or null at the end of the input. */
  private RawFields readFields() throws IOException {
    while (true) {
      long startLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      StringBuilder text = new StringBuilder();
      String problem = null;
      State state = State.FIELD_START;
      int c;
      while (true) {
        c = read();
        if (c == END || (state != State.QUOTED && isLineBreak(c))) {
          break;
        }
        text.append((char) c);
        switch (state) {
          case FIELD_START -> {
            if (c == '"') {
              state = State.QUOTED;
            } else if (c == ',') {
              fields.add("");
            } else {
              field.append((char) c);
              state = State.UNQUOTED;
            }
          }
          case UNQUOTED -> {
            if (c == ',') {
              fields.add(field.toString());
              field.setLength(0);
              state = State.FIELD_START;
            } else {
              if (c == '"' && problem == null) {
                problem = "a quote appears inside an unquoted field";
              }
              field.append((char) c);
            }
          }
          case QUOTED -> {
            if (c == '"') {
              state = State.QUOTE_IN_QUOTED;
            } else {
              field.append((char) c);
              countLineBreakInsideQuotes(c, field, text);
            }
          }
          case QUOTE_IN_QUOTED -> {
            if (c == '"') {
              field.append('"');
              state = State.QUOTED;
            } else if (c == ',') {
              fields.add(field.toString());
              field.setLength(0);
              state = State.FIELD_START;
            } else {
              if (problem == null) {
                problem = "text follows a closing quote";
              }
              field.append((char) c);
              state = State.UNQUOTED;
            }
          }
        }
      }
      if (c == END && text.length() == 0 && fields.isEmpty()) {
        return null;
      }
      if (isLineBreak(c)) {
        consumeLineBreak(c);
      }
      if (text.length() == 0 && fields.isEmpty()) {
        continue;
      }
      if (state == State.QUOTED) {
        problem = "a quoted field is not closed before the end of the file";
      }
      fields.add(field.toString());
      return new RawFields(startLine, fields, text.toString(), problem);
    }
  }

  /** Inside quotes a line break is data, but it still moves the line counter (CRLF counts once). */
  private void countLineBreakInsideQuotes(int c, StringBuilder field, StringBuilder text) throws IOException {
    if (c == '\n') {
      line++;
    } else if (c == '\r') {
      int next = read();
      if (next == '\n') {
        field.append('\n');
        text.append('\n');
      } else {
        unread(next);
      }
      line++;
    }
  }

  private void consumeLineBreak(int c) throws IOException {
    if (c == '\r') {
      int next = read();
      if (next != '\n') {
        unread(next);
      }
    }
    line++;
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r';
  }

  private int read() throws IOException {
    if (pushedBack != Integer.MIN_VALUE) {
      int c = pushedBack;
      pushedBack = Integer.MIN_VALUE;
      return c;
    }
    if (position == limit) {
      limit = reader.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return END;
      }
    }
    return buffer[position++];
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
