package org.npcwh.checks;

import java.util.List;

/**
 * Every check, read from the {@code checks.sql} that sits next to the table it guards
 * ({@code tables/<table>/checks.sql}), in the order a report lists them.
 */
final class CheckCatalog {
  /** The guarded tables: sources first, figures last. */
  static final List<String> TABLES = List.of("ingest_ledger", "current_state", "reference_holds", "source_freshness",
      "metric_values");

  private static final List<CheckDefinition> ALL = TABLES.stream()
      .flatMap(table -> SqlSections.read(resource(table), "check").stream()
          .map(section -> CheckDefinition.of(table, section)))
      .toList();

  private CheckCatalog() {}

  static List<CheckDefinition> all() {
    return ALL;
  }

  static String resource(String table) {
    return "tables/" + table + "/checks.sql";
  }
}
