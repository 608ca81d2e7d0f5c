package org.npcwh.core.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL kept in resource files, and the few pieces of SQL text that have to be spelled out: DuckDB
 * takes no parameters in DDL (CREATE VIEW, COMMENT ON), so the names, globs and comments that go
 * there are written as checked identifiers and quoted literals. They come from declarations in this
 * code base (the table homes, the contract), never from a user.
 */
public final class SqlText {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

  private SqlText() {}

  /** The text of a resource next to {@code anchor}, e.g. {@code sql/create_view.sql}. */
  public static String resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fills every {@code ${name}} of a template; a placeholder without a value is a bug. */
  public static String fill(String template, Map<String, String> values) {
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

  /** A resource template next to {@code anchor}, filled in. */
  public static String fromResource(Class<?> anchor, String name, Map<String, String> values) {
    return fill(resource(anchor, name), values);
  }

  /** A lower-case name as DuckDB needs no quotes for; anything else is refused. */
  public static String identifier(String name) {
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain SQL identifier: " + name);
    }
    return name;
  }

  /** A SQL string literal. */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
