package org.npcwh.core.table;

import java.util.List;
import java.util.Optional;

/**
 * One published table or view of warehouse.duckdb as its home {@code tables/<name>/} declares it:
 * the one declaration transform writes it by, the warehouse types and documents it by, and the
 * checks read it by.
 *
 * @param name the table's name
 * @param comment the view comment, {@code 中文 / English}
 * @param grain what one row is, in words
 * @param key the columns that name one row (empty when the table has no key of its own)
 * @param source where its rows come from
 * @param builtBy which stage and code builds it, for people
 * @param columns its columns in order
 * @param viewSql its {@code view.sql}: the whole query of a derived view, or a wrapper around
 *     {@code ${files}} for a table over files
 * @param checksSql its {@code checks.sql}, when it has table-specific checks
 */
public record PublishedTable(String name, String comment, String grain, List<String> key, TableSource source,
    String builtBy, List<TableColumn> columns, Optional<String> viewSql, Optional<String> checksSql) {

  public List<String> columnNames() {
    return columns.stream().map(TableColumn::name).toList();
  }

  public Optional<TableColumn> column(String column) {
    return columns.stream().filter(c -> c.name().equals(column)).findFirst();
  }

  /**
   * The sections of its {@code checks.sql} ({@code -- check: id} with {@code severity}, {@code description},
   * {@code expected}, {@code action} and, for a WARN check, the reports' short Chinese {@code label}).
   */
  public List<SqlSections.Section> checks() {
    return checksSql.map(sql -> SqlSections.parse(sql, "check", "tables/" + name + "/checks.sql")).orElse(List.of());
  }

  /** Whether the table is a view over Parquet files (rather than over other views). */
  public boolean readsFiles() {
    return source != TableSource.VIEW;
  }
}
