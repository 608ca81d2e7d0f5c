package org.npcwh.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.table.SqlText;

/**
 * An analyst's DuckDB of the oldest release we promise (the build copies its JDBC driver to
 * {@code target/oldest-duckdb/}, see the module's POM) opens the published {@code warehouse.duckdb}
 * and reads every view, and recreates the same views from {@code warehouse.sql}. The driver is loaded
 * in a class loader of its own, so this JVM's newer driver is not in the way.
 */
class OldestReaderIT {
  @TempDir static Path warehouse;
  static URLClassLoader oldLoader;
  static Driver oldDriver;

  @BeforeAll
  static void publishAndLoadTheOldDriver() throws Exception {
    WarehouseFixture.write(warehouse);
    new WarehousePublisher(new WarehouseLayout(warehouse)).publish();
    Path jar = Path.of(System.getProperty("npcwh.oldest.duckdb.jar", "target/oldest-duckdb/duckdb_jdbc-oldest-reader.jar"));
    assertThat(jar).as("copied by the maven-dependency-plugin at generate-test-resources").isRegularFile();
    oldLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    oldDriver = (Driver) Class.forName("org.duckdb.DuckDBDriver", true, oldLoader).getDeclaredConstructor().newInstance();
  }

  @AfterAll
  static void closeTheLoader() throws Exception {
    oldLoader.close();
  }

  @Test
  void theOldestSupportedClientOpensTheDatabaseAndReadsEveryView() throws Exception {
    try (Connection c = open(warehouse.resolve("warehouse.duckdb").toString(), true)) {
      assertThat(single(c, "SELECT version()")).isEqualTo("v" + oldestVersion());
      List<String> views = column(c, "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name");
      assertThat(views).containsExactlyInAnyOrderElementsOf(WarehousePublisherTest.VIEWS);
      for (String view : views) {
        // binding each view proves the old engine knows every function and type the view uses
        column(c, "SELECT * FROM " + view + " LIMIT 1");
      }
      // the fixture's figures: homes_open 3 (city, Jan), 2 (Futian, Jan), 3 (city, Q1) → 8; the rate 0.5
      assertThat(single(c, "SELECT sum(value) FILTER (WHERE metric_id = 'homes_open') || ' / '"
          + " || sum(value) FILTER (WHERE metric_id = 'letter_on_time_rate') FROM metric_values_labelled"))
          .isEqualTo("8.0 / 0.5");
      assertThat(single(c, "SELECT comment FROM duckdb_views() WHERE view_name = 'metric_values'")).startsWith("指标值");
    }
  }

  @Test
  void theOldestSupportedClientRecreatesTheViewsFromTheScript() throws Exception {
    String script = Files.readString(warehouse.resolve("warehouse.sql"), StandardCharsets.UTF_8);
    try (Connection c = open("", false); Statement s = c.createStatement()) {
      s.execute(script);
      assertThat(column(c, "SELECT view_name FROM duckdb_views() WHERE NOT internal"))
          .containsExactlyInAnyOrderElementsOf(WarehousePublisherTest.VIEWS);
      assertThat(single(c, "SELECT count(*) FROM metric_values_labelled")).isEqualTo("5");
    }
  }

  private static String oldestVersion() {
    String version = System.getProperty("npcwh.oldest.duckdb.version", "1.2.2.0");
    return version.substring(0, version.lastIndexOf('.'));
  }

  /**
   * What an analyst has after cd into the warehouse folder: relative paths resolve there (this
   * release takes file_search_path only as a session setting, not at connect).
   */
  private static Connection open(String database, boolean readOnly) throws SQLException {
    Properties p = new Properties();
    if (readOnly) {
      p.setProperty("duckdb.read_only", "true");
    }
    Connection c = oldDriver.connect("jdbc:duckdb:" + database, p);
    try (Statement s = c.createStatement()) {
      s.execute("SET file_search_path = " + SqlText.literal(warehouse.toString()));
    }
    return c;
  }

  private static String single(Connection c, String sql) throws SQLException {
    return column(c, sql).get(0);
  }

  private static List<String> column(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
