package org.npcwh.core.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.npcwh.core.error.Errors;

/**
 * Opens DuckDB on a warehouse (the driver is found at run time; this module needs only java.sql).
 * Used by every stage that reads the analysts' database, so they all see the views alike. The views name their files relative to the warehouse folder, and
 * DuckDB resolves relative paths against the process's working directory unless
 * {@code file_search_path} says otherwise: every connection opened here sets it to the warehouse
 * folder, so commands work from any directory. Extensions are never downloaded or loaded on demand:
 * everything the views need (parquet, json, icu) is built into the JDBC driver.
 */
public final class WarehouseConnections {
  private static final String URL_PREFIX = "jdbc:duckdb:";

  private WarehouseConnections() {}

  /** A writable connection to a database file being built (not the published one). */
  public static Connection forPublishing(Path databaseFile, WarehouseLayout layout) throws SQLException {
    return DriverManager.getConnection(URL_PREFIX + databaseFile, common(layout));
  }

  /**
   * A connection that can neither change the database nor touch files outside the warehouse
   * folder: the database is opened read-only, external access is limited to the warehouse folder,
   * spilling goes to the system's temporary folder, and the configuration is locked so the query
   * cannot lift any of this.
   */
  public static Connection readOnly(WarehouseLayout layout) throws SQLException {
    Properties p = common(layout);
    p.setProperty("duckdb.read_only", "true");
    p.setProperty("temp_directory", temporaryFolder().toString());
    p.setProperty("allowed_directories", listLiteral(allowedDirectories(layout)));
    p.setProperty("enable_external_access", "false");
    p.setProperty("lock_configuration", "true");
    return DriverManager.getConnection(URL_PREFIX + layout.duckdb(), p);
  }

  private static Properties common(WarehouseLayout layout) {
    Properties p = new Properties();
    p.setProperty("file_search_path", layout.root().toString());
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    return p;
  }

  /**
   * The warehouse folder, plus its top-level folders as relative prefixes: DuckDB checks a view's
   * relative glob ({@code marts/...}) against the allowed directories before resolving it through
   * file_search_path, and the files the glob expands to against the absolute folder.
   */
  private static List<String> allowedDirectories(WarehouseLayout layout) {
    List<String> allowed = new ArrayList<>();
    allowed.add(layout.root() + "/");
    try (Stream<Path> children = Files.list(layout.root())) {
      children.filter(Files::isDirectory)
          .map(dir -> dir.getFileName() + "/")
          .sorted()
          .forEach(allowed::add);
    } catch (IOException e) {
      throw Errors.unreadable(layout.root(), e);
    }
    return allowed;
  }

  private static String listLiteral(List<String> values) {
    return values.stream().map(WarehouseConnections::literal).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A DuckDB string literal; only for configuration values, which DuckDB takes as literals. */
  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static Path temporaryFolder() {
    return Path.of(System.getProperty("java.io.tmpdir"), "npcwh-duckdb");
  }
}
