package org.npcwh.checks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.table.PublishedTable;
import org.npcwh.core.table.TableFiles;
import org.npcwh.core.table.TableViews;
import org.npcwh.core.table.Tables;

/**
 * The published tables as analysts will see them, over the candidate: one view per home
 * ({@link Tables}) with the declared columns and types, made by the same SQL as the warehouse's views
 * ({@link TableViews}), but over {@code candidate/} and the records where ingest and the checks keep
 * them. A check on a table is then one SQL section that reads the table by its name. A column no file
 * has yet reads as NULL (ledgers older than a column, hand-made fixtures), and a table without files
 * is empty.
 */
final class CandidateViews {
  private CandidateViews() {}

  static void create(Connection connection, WarehouseLayout layout) {
    create(connection, layout, Tables.all());
  }

  /** Only the views of {@code tables}, each after those it reads. */
  static void create(Connection connection, WarehouseLayout layout, List<PublishedTable> tables) {
    for (PublishedTable table : tables) {
      String glob = table.readsFiles() ? glob(layout, table) : null;
      try {
        String query;
        if (glob == null) {
          query = TableViews.derived(table);
        } else if (TableViews.hasFiles(connection, glob)) {
          Set<String> present = TableViews.fileColumns(connection, glob);
          query = TableViews.overFiles(table, glob, present);
        } else {
          query = TableViews.empty(table);
        }
        TableViews.create(connection, table, query);
      } catch (SQLException e) {
        throw Errors.unreadable(glob == null ? layout.candidate() : Path.of(glob).getParent(), e);
      }
    }
  }

  /** Where the candidate's files of a table are, as an absolute glob. */
  static String glob(WarehouseLayout layout, PublishedTable table) {
    return switch (table.source()) {
      case MART -> TableFiles.in(layout.candidateMart(table.name()));
      case FIGURES -> TableFiles.in(layout.candidateMetricValues());
      case RECORDS -> TableFiles.records(layout, table.name());
      case VIEW -> throw new IllegalArgumentException(table.name() + " reads no files");
    };
  }
}
