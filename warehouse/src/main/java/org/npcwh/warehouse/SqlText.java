package org.npcwh.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL kept in resource files under {@code org/npcwh/warehouse/}, and the few pieces of SQL text
 * that have to be spelled out: DuckDB takes no parameters in DDL (CREATE VIEW, COMMENT ON), so the
 * names, globs and comments that go there are written as checked identifiers and quoted literals.
 * They come from declarations in this code base, never from a user.
 */
final class SqlText {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

  private SqlText() {}

  /** The text of a resource next to this class, e.g. {@code sql/create_view.sql}. */
  static String resource(String name) {
    try (InputStream in = SqlText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/npcwh/warehouse/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean resourceExists(String name) {
    return SqlText.class.getResource(name) != null;
  }

  /** Fills every {@code ${name}} of a template; a placeholder without a value is a bug. */
  static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("no value for ${" + m.group(1) + "} in SQL template");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A resource template filled in. */
  static String fromResource(String name, Map<String, String> values) {
    return fill(resource(name), values);
  }

  /** A lower-case name as DuckDB needs no quotes for; anything else is refused. */
  static String identifier(String name) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain SQL identifier: " + name);
    }
    return name;
  }

  /** A SQL string literal. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
