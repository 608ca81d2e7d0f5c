package org.npcwh.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
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

/**
 * Builds a release's {@code warehouse.duckdb}: views only over the release's {@code marts/}, each view
 * and column documented with COMMENT ON, after copying the warehouse's own records (ingest ledger,
 * set-aside rows, rejections, check results) into those marts. The release is a draft nobody reads
 * yet (see {@link org.npcwh.core.layout.Releases}); its commit makes the database visible.
 */
public final class WarehousePublisher {
  private final WarehouseLayout warehouse;
  private final WarehouseLayout layout;
  private final ViewQueries queries;
  private final ColumnComments comments;

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
    this.queries = new ViewQueries(ViewSources.load(), release);
    this.comments = ColumnComments.load();
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
      try (Connection connection = WarehouseConnections.forPublishing(building, layout)) {
        // One transaction: a commit per DDL statement would write and sync the WAL hundreds of times.
        connection.setAutoCommit(false);
        withoutFiles = createViews(connection, progress);
        connection.commit();
      }
      Files.move(building, layout.duckdb(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new PublishReport(layout.duckdb(), queries.views(), withoutFiles);
    } catch (IOException | SQLException e) {
      throw Errors.unwritable(layout.root(), e);
    } finally {
      deleteQuietly(building);
      deleteQuietly(Path.of(building + ".wal"));
    }
  }

  private void copyRecords() throws SQLException, IOException {
    try (Connection connection = WarehouseConnections.forPublishing(Path.of(":memory:"), layout)) {
      for (String view : SourceGlobs.RECORD_VIEWS) {
        String glob = SourceGlobs.records(warehouse, view);
        Path folder = layout.mart(view);
        TreeFiles.deleteRecursively(folder);
        if (hasFiles(connection, glob)) {
          Files.createDirectories(folder);
          try (Statement copy = connection.createStatement()) {
            copy.execute(SqlText.fromResource("sql/copy_records.sql", Map.of("glob", SqlText.literal(glob),
                "columns", recordColumns(connection, view, glob),
                "target", SqlText.literal(folder.resolve(view + ".parquet").toString()))));
          }
        }
      }
    }
  }

  /** The view's columns as the files have them, NULL for those no file has. */
  private String recordColumns(Connection connection, String view, String glob) throws SQLException {
    Set<String> present = new HashSet<>();
    // The glob is spliced as a literal: with a parameter DuckDB cannot know the columns when it prepares.
    try (Statement probe = connection.createStatement();
        ResultSet none = probe.executeQuery(
            SqlText.fromResource("sql/file_columns.sql", Map.of("glob", SqlText.literal(glob))))) {
      ResultSetMetaData meta = none.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        present.add(meta.getColumnName(i));
      }
    }
    return queries.columns(view).stream()
        .map(c -> present.contains(c.name()) ? SqlText.identifier(c.name()) : "NULL AS " + SqlText.identifier(c.name()))
        .collect(Collectors.joining(", "));
  }

  private List<String> createViews(Connection connection, Consumer<String> progress) throws SQLException {
    List<String> withoutFiles = new ArrayList<>();
    for (String view : queries.views()) {
      boolean filesExist = !queries.readsFiles(view) || hasFiles(connection, queries.glob(view));
      if (!filesExist) {
        withoutFiles.add(view);
      }
      create(connection, view, queries.query(view, filesExist));
      document(connection, view);
      progress.accept("view " + view + (filesExist ? "" : " (no files yet: empty)"));
    }
    return withoutFiles;
  }

  private static boolean hasFiles(Connection connection, String glob) throws SQLException {
    try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM glob(?)")) {
      count.setString(1, glob);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  private static void create(Connection connection, String view, String query) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(SqlText.fromResource("sql/create_view.sql",
          Map.of("view", SqlText.identifier(view), "query", query)));
    } catch (SQLException e) {
      throw Errors.viewNotPublishable(view, e.getMessage(), e);
    }
  }

  private void document(Connection connection, String view) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(SqlText.fromResource("sql/comment_on_view.sql",
          Map.of("view", view, "comment", SqlText.literal(comments.view(view)))));
      for (String column : columns(connection, view)) {
        String comment = comments.column(view, column, queries.column(view, column));
        statement.execute(SqlText.fromResource("sql/comment_on_column.sql",
            Map.of("view", view, "column", SqlText.identifier(column), "comment", SqlText.literal(comment))));
      }
    }
  }

  private static List<String> columns(Connection connection, String view) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        SqlText.fromResource("sql/view_columns.sql", Map.of("view", SqlText.identifier(view))))) {
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
