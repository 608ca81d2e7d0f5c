package org.npcwh.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;

/**
 * Builds the test warehouse: {@code warehouse.duckdb} with tables named like the warehouse's views,
 * filled from {@code warehouse-fixture.sql} and, for {@code metric_catalog}, from {@link Metric}.
 */
final class TestWarehouse {
  private TestWarehouse() {}

  static WarehouseLayout create(Path root) throws IOException, SQLException {
    Files.createDirectories(root);
    WarehouseLayout layout = new WarehouseLayout(root);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + layout.duckdb())) {
      run(connection, script("/warehouse-fixture.sql"));
      insertCatalogue(connection);
    }
    return layout;
  }

  /** Runs further SQL against an existing test warehouse (e.g. to add scopes). */
  static void run(WarehouseLayout layout, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + layout.duckdb())) {
      run(connection, sql);
    }
  }

  private static void run(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String part : sql.split(";\\s*\\n")) {
        String body = part.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
        if (!body.isBlank()) {
          statement.execute(body);
        }
      }
    }
  }

  private static void insertCatalogue(Connection connection) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO metric_catalog VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Metric metric : Metric.values()) {
        insert.setString(1, metric.id());
        insert.setString(2, metric.nameZh());
        insert.setString(3, metric.nameEn());
        insert.setString(4, metric.family().name());
        insert.setString(5, metric.family().nameZh());
        insert.setString(6, metric.unit().name());
        insert.setString(7, metric.shape().name());
        insert.setString(8, metric.scopes().stream().map(ScopeType::name).collect(Collectors.joining(",")));
        insert.setString(9, metric.definition());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The text of a test resource. */
  static String script(String resource) throws IOException {
    try (InputStream in = TestWarehouse.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
