package org.npcwh.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Writes the warehouse of {@code WarehouseFixture/fixture.sql} and runs SQL on scratch DuckDB connections. */
final class WarehouseFixture {
  private static final Pattern TARGET = Pattern.compile("TO '([^']+)'");

  private WarehouseFixture() {}

  static void write(Path warehouse) {
    runScript(warehouse, "/WarehouseFixture/fixture.sql");
  }

  /** Runs the statements of a script (separated by ";" at a line end), creating each COPY target's folder. */
  static void runScript(Path warehouse, String resource) {
    try (InputStream in = WarehouseFixture.class.getResourceAsStream(resource)) {
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${wh}", warehouse.toString());
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
        for (String statement : script.split(";\\s*\\n")) {
          String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
          if (!sql.isBlank()) {
            execute(c, sql);
          }
        }
      }
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs one statement on an in-memory DuckDB, creating the folder of a COPY ... TO target first. */
  static void execute(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      execute(c, sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(Connection c, String sql) {
    Matcher target = TARGET.matcher(sql);
    try (Statement s = c.createStatement()) {
      if (target.find()) {
        Files.createDirectories(Path.of(target.group(1)).getParent());
      }
      s.execute(sql);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("fixture statement failed: " + sql, e);
    }
  }

  /** Every folder and the SHA-256 of every file under a folder, by relative path: equal maps mean identical trees. */
  static Map<String, String> fingerprint(Path folder) {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.toList()) {
        String content = Files.isDirectory(path) ? "folder"
            : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
        hashes.put(folder.relativize(path).toString(), content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return hashes;
  }
}
