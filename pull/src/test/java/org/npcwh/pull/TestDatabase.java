package org.npcwh.pull;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 17 server per test JVM (embedded, started on first use). The superuser
 * {@code postgres} connects without password and sets tables up; the pull logs in as {@link #USER}
 * with a password checked by SCRAM, so wrong credentials really fail. Each test gets its own database.
 */
final class TestDatabase {
  static final String USER = "puller";
  static final String PASSWORD = "Pu11-s3cret-口令&x";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private final String name;

  private TestDatabase(String name) {
    this.name = name;
  }

  /** A fresh, empty database on the shared server. */
  static synchronized TestDatabase create() {
    String name = "source_" + DATABASES.incrementAndGet();
    try (Connection admin = DriverManager.getConnection(server().getJdbcUrl("postgres", "postgres"));
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new TestDatabase(name);
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder()
            .setServerConfig("timezone", "UTC")
            .setDataDirectoryCustomizer(dataDirectory -> writeHba(dataDirectory.toPath()))
            .start();
        try (Connection admin = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
            Statement statement = admin.createStatement()) {
          statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
      } catch (IOException | SQLException e) {
        throw new IllegalStateException("cannot start the embedded PostgreSQL server", e);
      }
    }
    return server;
  }

  /** Superuser without password; the pull's user only with its password (SCRAM). */
  private static void writeHba(java.nio.file.Path dataDirectory) {
    String hba = String.join("\n",
        "local all all trust",
        "host all " + USER + " 127.0.0.1/32 scram-sha-256",
        "host all " + USER + " ::1/128 scram-sha-256",
        "host all all 127.0.0.1/32 trust",
        "host all all ::1/128 trust", "");
    try {
      Files.writeString(dataDirectory.resolve("pg_hba.conf"), hba, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return name;
  }

  int port() {
    return server().getPort();
  }

  /** The URL the pull uses: no credentials in it. */
  String url() {
    return "jdbc:postgresql://localhost:" + port() + "/" + name;
  }

  /** A superuser connection (autocommit) for setting up and changing the source. */
  Connection admin() throws SQLException {
    return DriverManager.getConnection(server().getJdbcUrl("postgres", name));
  }

  /** Runs statements as superuser, then lets the pull's user read every table. */
  void execute(String... statements) {
    try (Connection connection = admin(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
      statement.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + USER);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
