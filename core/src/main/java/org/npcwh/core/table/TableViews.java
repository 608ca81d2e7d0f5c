package org.npcwh.core.table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.metric.Unit;

/**
 * The SQL of a published table's DuckDB view, from its home, for the warehouse (over a release's
 * files) and the checks (over the candidate's) alike: a view over Parquet files is its typed source
 * (or, while no file exists, a typed empty stand-in), wrapped by its {@code view.sql} where one exists;
 * a derived view is its {@code view.sql} alone. Lists the SQL needs from the declarations (datasets,
 * units) are generated here, not copied into it.
 */
public final class TableViews {
  private TableViews() {}

  /** The view's query over the files of {@code glob}, reading every declared column. */
  public static String overFiles(PublishedTable table, String glob) {
    return overFiles(table, glob, Set.copyOf(table.columnNames()));
  }

  /** As {@link #overFiles(PublishedTable, String)}, NULL for the columns not in {@code present}. */
  public static String overFiles(PublishedTable table, String glob, Set<String> present) {
    String typed = joined(table, c -> present.contains(c.name()) ? c.castExpression() : c.nullExpression());
    return wrapped(table, SqlText.fromResource(TableViews.class, "parquet_source.sql",
        Map.of("typed_columns", typed, "glob", SqlText.literal(glob))));
  }

  /** The view's query while no file exists: no rows, the declared columns and types. */
  public static String empty(PublishedTable table) {
    return wrapped(table, SqlText.fromResource(TableViews.class, "empty_source.sql",
        Map.of("typed_nulls", joined(table, TableColumn::nullExpression))));
  }

  /** The query of a derived view. */
  public static String derived(PublishedTable table) {
    if (table.readsFiles()) {
      throw new IllegalArgumentException(table.name() + " reads files, it is no derived view");
    }
    return SqlText.fill(table.viewSql().orElseThrow(), generatedLists());
  }

  /** Creates (or replaces) the view named after the table. */
  public static void create(Connection connection, PublishedTable table, String query) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(createStatement(table, query));
    }
  }

  /** The DDL that {@link #create} runs. */
  public static String createStatement(PublishedTable table, String query) {
    return SqlText.fromResource(TableViews.class, "create_view.sql",
        Map.of("view", SqlText.identifier(table.name()), "query", query));
  }

  /** Whether the glob matches a file. */
  public static boolean hasFiles(Connection connection, String glob) throws SQLException {
    try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM glob(?)")) {
      count.setString(1, glob);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /** The columns the files of a glob have between them (no row is read). */
  public static Set<String> fileColumns(Connection connection, String glob) throws SQLException {
    Set<String> present = new LinkedHashSet<>();
    // The glob is spliced as a literal: with a parameter DuckDB cannot know the columns when it prepares.
    try (Statement probe = connection.createStatement();
        ResultSet none = probe.executeQuery(
            SqlText.fromResource(TableViews.class, "file_columns.sql", Map.of("glob", SqlText.literal(glob))))) {
      ResultSetMetaData meta = none.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        present.add(meta.getColumnName(i));
      }
    }
    return present;
  }

  private static String wrapped(PublishedTable table, String files) {
    if (table.viewSql().isEmpty()) {
      return files;
    }
    Map<String, String> values = new HashMap<>(generatedLists());
    values.put("files", files);
    return SqlText.fill(table.viewSql().get(), values);
  }

  private static String joined(PublishedTable table, Function<TableColumn, String> expression) {
    return table.columns().stream().map(expression).collect(Collectors.joining(",\n       "));
  }

  private static Map<String, String> generatedLists() {
    return Map.of(
        "datasets_without_personal_data", Arrays.stream(SourceDataset.values())
            .filter(d -> !d.hasPersonalData())
            .map(d -> SqlText.literal(d.datasetName()))
            .collect(Collectors.joining(", ")),
        "contract_datasets", Arrays.stream(SourceDataset.values())
            .map(d -> "(" + d.ordinal() + ", " + SqlText.literal(d.datasetName()) + ", " + SqlText.literal(d.nameZh()) + ")")
            .collect(Collectors.joining(", ")),
        "unit_suffixes", Arrays.stream(Unit.values())
            .map(u -> "(" + SqlText.literal(u.name()) + ", " + SqlText.literal(u.suffixZh()) + ")")
            .collect(Collectors.joining(", ")));
  }
}
