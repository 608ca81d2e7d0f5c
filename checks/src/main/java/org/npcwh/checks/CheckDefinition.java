package org.npcwh.checks;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npcwh.core.table.NamedSql;
import org.npcwh.core.table.SqlSections;

/**
 * One check as declared in {@code tables/<table>/checks.sql}: a query that returns one row per
 * finding (columns {@code observed} DOUBLE and {@code detail} VARCHAR); no row means PASS.
 *
 * @param table the guarded table
 * @param id the check's name
 * @param severity FAIL or WARN
 * @param description what it asserts, {@code 中文 / English}
 * @param expected what it expects, with {@code :name} parameters shown by value
 * @param action what an operator should do when it does not pass
 * @param query the finding query
 */
record CheckDefinition(String table, String id, Severity severity, String description, String expected,
    String action, NamedSql query) {

  private static final Pattern PARAMETER = Pattern.compile(":([a-z_][a-z0-9_]*)");

  static CheckDefinition of(String table, SqlSections.Section section) {
    String id = section.header("check");
    Severity severity = Severity.valueOf(required(section, "severity", table, id).toUpperCase(Locale.ROOT));
    if (severity == Severity.WARN) {
      required(section, "label", table, id); // the reports' appendix names a warning by it
    }
    return new CheckDefinition(table, id, severity,
        required(section, "description", table, id),
        required(section, "expected", table, id),
        required(section, "action", table, id),
        NamedSql.parse(section.sql()));
  }

  /** A check that reads no period parameter holds for the whole warehouse: it runs once per run. */
  boolean perPeriod() {
    return query.names().stream().anyMatch(CheckParameters::isPeriodParameter);
  }

  String qualifiedId() {
    return table + "." + id;
  }

  /** The {@code expected} text with its parameters replaced by their values (for people, not SQL). */
  String expectedWith(Map<String, ?> values) {
    Matcher m = PARAMETER.matcher(expected);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String required(SqlSections.Section section, String key, String table, String id) {
    String value = section.header(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("check " + table + "." + id + " has no '-- " + key + ":' header");
    }
    return value;
  }
}
