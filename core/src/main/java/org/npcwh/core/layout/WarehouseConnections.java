package org.npcwh.core.layout;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

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

  /**
   * The storage version the analysts' database is written in. It holds only views, so an older
   * format loses nothing, and every DuckDB client from 1.2 on can open it (analysts' tools lag the
   * driver by a year or more; the newest storage format is readable only by the newest clients).
   */
  public static final String STORAGE_VERSION = "v1.2.0";

  /** A writable connection to a database file being built (not the published one), in {@link #STORAGE_VERSION}. */
  public static Connection forPublishing(Path databaseFile, WarehouseLayout layout) throws SQLException {
    Properties p = common(layout);
    p.setProperty("storage_compatibility_version", STORAGE_VERSION);
    return DriverManager.getConnection(URL_PREFIX + databaseFile, p);
  }

  /**
   * A connection to the published release that can neither change the database nor touch files
   * outside that release: the release is resolved once (a release published meanwhile does not
   * change what this connection sees), the database is opened read-only, external access is
   * limited to the release's folder (the raw layer, the candidate and the check history are not in
   * it), spilling goes to a temporary folder of this process alone, and the configuration is locked
   * so the query cannot lift any of this.
   */
  public static Connection readOnly(WarehouseLayout layout) throws SQLException {
    WarehouseLayout release = Releases.pinned(layout);
    Properties p = common(release);
    p.setProperty("duckdb.read_only", "true");
    p.setProperty("temp_directory", ProcessTemp.folder().toString());
    p.setProperty("allowed_directories", listLiteral(allowedDirectories(release)));
    p.setProperty("enable_external_access", "false");
    p.setProperty("lock_configuration", "true");
    return DriverManager.getConnection(URL_PREFIX + release.duckdb(), p);
  }

  private static Properties common(WarehouseLayout layout) {
    Properties p = new Properties();
    p.setProperty("file_search_path", layout.root().toString());
    p.setProperty("autoinstall_known_extensions", "false");
    p.setProperty("autoload_known_extensions", "false");
    return p;
  }

  /**
   * The release's marts, absolute and relative: DuckDB checks a view's relative glob
   * ({@code marts/...}) against the allowed directories before resolving it through
   * file_search_path, and the files the glob expands to against the absolute folder.
   */
  private static List<String> allowedDirectories(WarehouseLayout release) {
    return List.of(release.marts() + "/", "marts/");
  }

  private static String listLiteral(List<String> values) {
    return values.stream().map(WarehouseConnections::literal).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A DuckDB string literal; only for configuration values, which DuckDB takes as literals. */
  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

}
