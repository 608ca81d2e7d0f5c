package org.npcwh.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.TreeFiles;
import org.npcwh.core.layout.WarehouseConnections;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.table.PublishedTable;
import org.npcwh.core.table.SqlText;
import org.npcwh.core.table.TableColumn;
import org.npcwh.core.table.TableFiles;
import org.npcwh.core.table.TableSource;
import org.npcwh.core.table.TableViews;
import org.npcwh.core.table.Tables;

/**
 * Builds a release's {@code warehouse.duckdb}: a view per home {@code tables/<view>/} ({@link Tables}),
 * only over the release's {@code marts/}, typed and documented with COMMENT ON as the home declares,
 * after copying the warehouse's own records (ingest ledger, set-aside rows, rejections, check results)
 * into those marts; beside it {@code warehouse.sql}, the same views' DDL ({@link ViewScript}). The
 * release is a draft nobody reads yet (see {@link org.npcwh.core.layout.Releases}); its commit makes
 * both files visible at once.
 */
public final class WarehousePublisher {
  private final WarehouseLayout warehouse;
  private final WarehouseLayout layout;

  /** Builds the database in the warehouse folder itself, as in a folder holding one release's files. */
  public WarehousePublisher(WarehouseLayout warehouse) {
    this(warehouse, warehouse);
  }

  /**
   * @param warehouse where the records are copied from
   * @param release the release draft to build the database in
   */
  public WarehousePublisher(WarehouseLayout warehouse, WarehouseLayout release) {
    this.warehouse = warehouse;
    this.layout = release;
  }

  /** Copies the records and creates warehouse.duckdb. */
  public PublishReport publish() {
    return publish(message -> { });
  }

  /** As {@link #publish()}, telling {@code progress} about each view. */
  public PublishReport publish(Consumer<String> progress) {
    if (!Files.isDirectory(layout.root())) {
      throw Errors.noSuchDirectory("warehouse folder", layout.root());
    }
    Path building = layout.root().resolve(".warehouse.duckdb.publishing-" + UUID.randomUUID());
    try {
      copyRecords();
      List<String> withoutFiles;
      ViewScript script;
      try (Connection connection = WarehouseConnections.forPublishing(building, layout)) {
        // One transaction: a commit per DDL statement would write and sync the WAL hundreds of times.
        connection.setAutoCommit(false);
        script = new ViewScript(connection);
        withoutFiles = createViews(script, progress);
        connection.commit();
      }
      // In a release draft both become visible with the release; the script first, so that a
      // warehouse.duckdb is never newer than the warehouse.sql beside it.
      script.writeTo(layout.viewScript());
      Files.move(building, layout.duckdb(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new PublishReport(layout.duckdb(), Tables.all().stream().map(PublishedTable::name).toList(), withoutFiles);
    } catch (IOException | SQLException e) {
      throw Errors.unwritable(layout.root(), e);
    } finally {
      deleteQuietly(building);
      deleteQuietly(Path.of(building + ".wal"));
      deleteQuietly(layout.viewScript().resolveSibling("." + layout.viewScript().getFileName() + ".partial"));
    }
  }

  private void copyRecords() throws SQLException, IOException {
    try (Connection connection = WarehouseConnections.forPublishing(Path.of(":memory:"), layout)) {
      for (PublishedTable table : Tables.all()) {
        if (table.source() != TableSource.RECORDS) {
          continue;
        }
        String glob = TableFiles.records(warehouse, table.name());
        Path folder = layout.mart(table.name());
        TreeFiles.deleteRecursively(folder);
        if (TableViews.hasFiles(connection, glob)) {
          Files.createDirectories(folder);
          try (Statement copy = connection.createStatement()) {
            copy.execute(SqlText.fromResource(WarehousePublisher.class, "sql/copy_records.sql", Map.of(
                "glob", SqlText.literal(glob),
                "columns", recordColumns(table, TableViews.fileColumns(connection, glob)),
                "target", SqlText.literal(folder.resolve(table.name() + ".parquet").toString()))));
          }
        }
      }
    }
  }

  /** The table's columns as the files have them, NULL for those no file has. */
  private static String recordColumns(PublishedTable table, Set<String> present) {
    return table.columnNames().stream()
        .map(c -> present.contains(c) ? SqlText.identifier(c) : "NULL AS " + SqlText.identifier(c))
        .collect(Collectors.joining(", "));
  }

  private List<String> createViews(ViewScript script, Consumer<String> progress) throws SQLException {
    List<String> withoutFiles = new ArrayList<>();
    for (PublishedTable table : Tables.all()) {
      String glob = SourceGlobs.of(layout, table.name());
      boolean filesExist = !table.readsFiles() || TableViews.hasFiles(script.connection(), glob);
      if (!filesExist) {
        withoutFiles.add(table.name());
      }
      String query = !table.readsFiles() ? TableViews.derived(table)
          : filesExist ? TableViews.overFiles(table, glob) : TableViews.empty(table);
      create(script, table, query);
      document(script, table);
      progress.accept("view " + table.name() + (filesExist ? "" : " (no files yet: empty)"));
    }
    return withoutFiles;
  }

  private static void create(ViewScript script, PublishedTable table, String query) {
    try {
      script.execute(TableViews.createStatement(table, query));
    } catch (SQLException e) {
      throw Errors.viewNotPublishable(table.name(), e.getMessage(), e);
    }
  }

  /** COMMENT ON the view and each of its columns; a column the home does not declare is a bug. */
  private static void document(ViewScript script, PublishedTable table) throws SQLException {
    script.execute(SqlText.fromResource(WarehousePublisher.class, "sql/comment_on_view.sql",
        Map.of("view", table.name(), "comment", SqlText.literal(table.comment()))));
    List<String> columns = columns(script.connection(), table.name());
    if (!columns.equals(table.columnNames())) {
      throw new IllegalStateException("view " + table.name() + " has columns " + columns
          + " but tables/" + table.name() + "/schema.tsv declares " + table.columnNames());
    }
    for (TableColumn column : table.columns()) {
      script.execute(SqlText.fromResource(WarehousePublisher.class, "sql/comment_on_column.sql",
          Map.of("view", table.name(), "column", SqlText.identifier(column.name()),
              "comment", SqlText.literal(column.comment()))));
    }
  }

  private static List<String> columns(Connection connection, String view) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(SqlText.fromResource(WarehousePublisher.class,
        "sql/view_columns.sql", Map.of("view", SqlText.identifier(view))))) {
      ResultSetMetaData meta = select.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i));
      }
    }
    return columns;
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // A leftover dot-named file is harmless: no glob of a view matches it.
    }
  }
}
