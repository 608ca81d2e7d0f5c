package org.npcwh.reports.fill;

import java.util.LinkedHashMap;
import java.util.Map;
import org.npcwh.core.table.PublishedTable;
import org.npcwh.core.table.SqlSections;
import org.npcwh.core.table.Tables;

/**
 * Short Chinese labels of the data-quality warnings, from the {@code -- label:} header of each check
 * in its table's home ({@code tables/<table>/checks.sql}), so a check and its label are declared once.
 */
final class CheckLabels {
  private static final String LABEL = "label";
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

  /** The check's label alone (the 要点 page names checks by it), or its id when it has none. */
  static String label(String table, String checkId) {
    return BY_QUALIFIED_ID.getOrDefault(qualifiedId(table, checkId), checkId);
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
    Map<String, String> labels = new LinkedHashMap<>();
    for (PublishedTable table : Tables.all()) {
      for (SqlSections.Section check : table.checks()) {
        if (check.header(LABEL) != null) {
          labels.put(qualifiedId(table.name(), check.header("check")), check.header(LABEL));
        }
      }
    }
    return Map.copyOf(labels);
  }
}
