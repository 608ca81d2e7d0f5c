package org.npcwh.core.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SQL resource made of named sections, in the style of bigquery-etl's {@code checks.sql}:
 *
 * <pre>
 * -- check: key_unique            (the line that starts a section: "-- &lt;startKey&gt;: name")
 * -- severity: FAIL                (more "-- key: value" header lines)
 * SELECT …                         (the section's SQL, up to the next section)
 * </pre>
 *
 * Comment lines before the first section describe the file and are skipped. In core because a home's
 * {@code checks.sql} is read by the checks (to run them) and by the reports (their labels).
 */
public final class SqlSections {
  private static final Pattern HEADER = Pattern.compile("^--\\s*([a-z_]+):\\s*(.*?)\\s*$");

  /** One section: its header values by key (the start key included) and its SQL. */
  public record Section(Map<String, String> headers, String sql) {
    public String header(String key) {
      return headers.get(key);
    }
  }

  private SqlSections() {}

  /** The sections of a resource next to {@code anchor}. */
  public static List<Section> read(Class<?> anchor, String resource, String startKey) {
    return parse(load(anchor, resource), startKey, resource);
  }

  public static List<Section> parse(String text, String startKey, String origin) {
    List<Section> sections = new ArrayList<>();
    Map<String, String> headers = null;
    StringBuilder sql = new StringBuilder();
    boolean inHeader = false;
    for (String line : text.split("\\R", -1)) {
      Matcher m = HEADER.matcher(line);
      boolean isHeader = m.matches();
      if (isHeader && m.group(1).equals(startKey)) {
        addSection(sections, headers, sql, origin);
        headers = new LinkedHashMap<>();
        headers.put(startKey, m.group(2));
        sql.setLength(0);
        inHeader = true;
      } else if (headers != null && inHeader && isHeader) {
        headers.put(m.group(1), m.group(2));
      } else if (headers != null) {
        inHeader = false;
        sql.append(line).append('\n');
      }
    }
    addSection(sections, headers, sql, origin);
    if (sections.isEmpty()) {
      throw new IllegalStateException(origin + " has no section starting with '-- " + startKey + ":'");
    }
    return sections;
  }

  private static void addSection(List<Section> sections, Map<String, String> headers, StringBuilder sql,
      String origin) {
    if (headers == null) {
      return;
    }
    String body = withoutTrailingComments(sql.toString());
    if (body.endsWith(";")) {
      body = body.substring(0, body.length() - 1).strip();
    }
    if (body.isEmpty()) {
      throw new IllegalStateException(origin + ": section " + headers.values().iterator().next() + " has no SQL");
    }
    sections.add(new Section(Map.copyOf(headers), body));
  }

  /** Comment lines after a section's SQL describe the next section, not this one. */
  private static String withoutTrailingComments(String sql) {
    List<String> lines = new ArrayList<>(List.of(sql.split("\\R", -1)));
    while (!lines.isEmpty() && isBlankOrComment(lines.get(lines.size() - 1))) {
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines).strip();
  }

  private static boolean isBlankOrComment(String line) {
    return line.isBlank() || line.strip().startsWith("--");
  }

  /** The text of a resource next to {@code anchor}. */
  public static String load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }
}
