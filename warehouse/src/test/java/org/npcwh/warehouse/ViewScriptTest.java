package org.npcwh.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.WarehouseLayout;

/**
 * {@code warehouse.sql}, run in an empty in-memory database from the warehouse folder, recreates the
 * views of {@code warehouse.duckdb}: same names, same definitions, same comments, same figures.
 */
class ViewScriptTest {
  /** Every view with its comment, and every column with its type and comment. */
  private static final String CATALOG = "SELECT view_name, NULL, comment FROM duckdb_views() WHERE NOT internal"
      + " UNION ALL SELECT table_name || '.' || column_name, data_type, comment FROM duckdb_columns() WHERE NOT internal"
      + " ORDER BY 1";
  private static final String FIGURES = "SELECT period, scope_name, name_zh, value FROM metric_values_labelled ORDER BY ALL";

  @Test
  void theScriptRecreatesTheViewsOfTheDatabase(@TempDir Path warehouse) throws Exception {
    WarehouseFixture.write(warehouse);
    new WarehousePublisher(new WarehouseLayout(warehouse)).publish();
    String script = Files.readString(warehouse.resolve("warehouse.sql"), StandardCharsets.UTF_8);

    List<List<Object>> fromFile;
    List<List<Object>> figuresFromFile;
    try (Connection file = open("jdbc:duckdb:" + warehouse.resolve("warehouse.duckdb"), warehouse, true)) {
      fromFile = rows(file, CATALOG);
      figuresFromFile = rows(file, FIGURES);
    }
    try (Connection empty = open("jdbc:duckdb:", warehouse, false); Statement statement = empty.createStatement()) {
      statement.execute(script);

      assertThat(rows(empty, CATALOG)).hasSize(fromFile.size()).containsExactlyElementsOf(fromFile);
      // the fixture's five figures (see WarehouseFixture/fixture.sql), read through the recreated views
      assertThat(rows(empty, FIGURES)).hasSize(5).containsExactlyElementsOf(figuresFromFile);
    }
    assertThat(script).startsWith("-- The views of warehouse.duckdb").contains(".read warehouse.sql")
        .contains("CREATE OR REPLACE VIEW metric_values AS", "COMMENT ON VIEW metric_values IS '")
        .doesNotContain(warehouse.toString());
  }

  /** The client's settings as an analyst would have them after cd into the folder. */
  private static Connection open(String url, Path warehouse, boolean readOnly) throws SQLException {
    Properties p = new Properties();
    p.setProperty("file_search_path", warehouse.toString());
    if (readOnly) {
      p.setProperty("duckdb.read_only", "true");
    }
    return DriverManager.getConnection(url, p);
  }

  private static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
