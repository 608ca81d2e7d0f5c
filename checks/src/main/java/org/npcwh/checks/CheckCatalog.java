package org.npcwh.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.npcwh.core.table.PublishedTable;
import org.npcwh.core.table.SqlSections;
import org.npcwh.core.table.TableSource;
import org.npcwh.core.table.Tables;

/**
 * Every check, in the order a report lists them (sources first, figures last): those of each
 * published table's home ({@code tables/<table>/checks.sql}, read through {@link Tables}), the key
 * checks every mart with a declared key gets ({@code key_checks.sql}), and the checks of the current
 * state, which is no published table ({@code current_state.sql}).
 */
final class CheckCatalog {
  /** The check group of the current state: it guards {@code current/<dataset>/}, which has no home. */
  static final String CURRENT_STATE = "current_state";
  private static final String KEY_CHECKS = "key_checks.sql";
  private static final String KEY_CHECKS_SQL = SqlSections.load(CheckCatalog.class, KEY_CHECKS);

  private static final List<CheckDefinition> ALL = load();

  private CheckCatalog() {}

  static List<CheckDefinition> all() {
    return ALL;
  }

  /** The tables and groups that have checks, in report order. */
  static List<String> groups() {
    return ALL.stream().map(CheckDefinition::table).distinct().toList();
  }

  private static List<CheckDefinition> load() {
    List<CheckDefinition> out = new ArrayList<>();
    List<PublishedTable> ordered = Tables.all().stream().sorted(Comparator.comparingInt(CheckCatalog::rank)).toList();
    ordered.stream().filter(t -> rank(t) == 0).forEach(table -> addHome(out, table));
    add(out, CURRENT_STATE, SqlSections.load(CheckCatalog.class, CURRENT_STATE + ".sql"), CURRENT_STATE + ".sql");
    ordered.stream().filter(t -> rank(t) > 0).forEach(table -> addHome(out, table));
    return List.copyOf(out);
  }

  private static void addHome(List<CheckDefinition> out, PublishedTable table) {
    if (table.source() == TableSource.MART && !table.key().isEmpty()) {
      add(out, table.name(), KeySql.fill(KEY_CHECKS_SQL, table), KEY_CHECKS);
    }
    table.checks().forEach(section -> out.add(CheckDefinition.of(table.name(), section)));
  }

  private static void add(List<CheckDefinition> out, String table, String sql, String origin) {
    SqlSections.parse(sql, "check", origin).forEach(section -> out.add(CheckDefinition.of(table, section)));
  }

  /** Ingest's records (then the current state), the marts transform builds from the current state, the views, the figures. */
  private static int rank(PublishedTable table) {
    return switch (table.source()) {
      case RECORDS -> 0;
      case MART -> 1;
      case VIEW -> 2;
      case FIGURES -> 3;
    };
  }
}
