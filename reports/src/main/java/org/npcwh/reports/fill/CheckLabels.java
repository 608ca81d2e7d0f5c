package org.npcwh.reports.fill;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Short Chinese labels of the data-quality checks, from {@code reports/check_labels.properties}
 * (the reports do not depend on the checks module, whose catalogue has the full descriptions).
 */
final class CheckLabels {
  static final String RESOURCE = "/reports/check_labels.properties";
  private static final Map<String, String> BY_QUALIFIED_ID = load();

  private CheckLabels() {}

  /**
   * How the appendix names a check: its label and, on a second line, its id as stored; the id alone
   * when the check has no label. {@code checkId} may be stored bare or qualified by its table.
   */
  static String describe(String table, String checkId) {
    String label = BY_QUALIFIED_ID.get(qualifiedId(table, checkId));
    return label == null ? checkId : label + "\n" + checkId;
  }

  /** {@code <table>.<check>}, the key of the labels. */
  static String qualifiedId(String table, String checkId) {
    return checkId.startsWith(table + ".") ? checkId : table + "." + checkId;
  }

  /** The checks that have a label, by qualified id. */
  static Map<String, String> all() {
    return BY_QUALIFIED_ID;
  }

  private static Map<String, String> load() {
    Properties properties = new Properties();
    try (InputStream in = CheckLabels.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.stringPropertyNames().stream()
        .collect(Collectors.toUnmodifiableMap(k -> k, properties::getProperty));
  }
}
