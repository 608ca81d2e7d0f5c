package org.npcwh.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;
import org.postgresql.PGConnection;

/**
 * A real PostgreSQL server (embedded) holding the upstream systems' tables, loaded with the current
 * state of a warehouse built from the file sample: one table per contract dataset, named like it,
 * with the contract's columns. A database holds only the current version of each row.
 */
final class SampleSourceDatabase implements AutoCloseable {
  private final EmbeddedPostgres server;

  private SampleSourceDatabase(EmbeddedPostgres server) {
    this.server = server;
  }

  static SampleSourceDatabase start() throws IOException {
    return new SampleSourceDatabase(EmbeddedPostgres.builder().start());
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
  }

  /** Creates every dataset's table and copies the warehouse's current state into it. */
  void loadCurrentStateOf(Path warehouse, Path scratch) throws SQLException, IOException {
    try (Connection pg = DriverManager.getConnection(jdbcUrl(), "postgres", "");
        Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      for (SourceDataset dataset : SourceDataset.values()) {
        try (Statement ddl = pg.createStatement()) {
          ddl.execute(createTable(dataset));
        }
        Path csv = scratch.resolve(dataset.datasetName() + ".csv");
        try (Statement export = duck.createStatement()) {
          export.execute("COPY (SELECT " + exportColumns(dataset) + " FROM read_parquet('"
              + warehouse.resolve("candidate").resolve("current").resolve(dataset.datasetName()) + "/*.parquet')) TO '" + csv
              + "' (FORMAT csv, HEADER false)");
        }
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
          pg.unwrap(PGConnection.class).getCopyAPI()
              .copyIn("COPY " + dataset.datasetName() + " FROM STDIN (FORMAT csv)", in);
        }
      }
    }
  }

  /** The source definition `npcwh pull` reads: every dataset from the table of its name. */
  String definition() {
    String datasets = java.util.Arrays.stream(SourceDataset.values())
        .map(d -> "\"" + d.datasetName() + "\": {\"table\": \"" + d.datasetName() + "\", \"mode\": \""
            + d.usualMode().code() + "\"}")
        .collect(Collectors.joining(",\n    "));
    return "{\n  \"source\": \"sample\",\n  \"jdbc_url\": \"" + jdbcUrl() + "\",\n  \"user\": \"postgres\",\n"
        + "  \"password_env\": \"SAMPLE_DB_PASSWORD\",\n  \"datasets\": {\n    " + datasets + "\n  }\n}\n";
  }

  private static String createTable(SourceDataset dataset) {
    List<String> columns = dataset.fields().stream().map(f -> f.name() + " " + postgresType(f)).toList();
    return "CREATE TABLE " + dataset.datasetName() + " (" + String.join(", ", columns) + ")";
  }

  /** The current state keeps personal data only pseudonymised: the hash stands in for the value. */
  private static String exportColumns(SourceDataset dataset) {
    return dataset.fields().stream()
        .map(f -> f.type() == org.npcwh.core.contract.FieldType.LIST
            ? "'{' || array_to_string(" + f.storedName() + ", ',') || '}'"
            : f.storedName())
        .collect(Collectors.joining(", "));
  }

  private static String postgresType(Field field) {
    return switch (field.type()) {
      case STR -> "text";
      case INT -> "bigint";
      case DEC -> "numeric(18,4)";
      case BOOL -> "boolean";
      case DATE -> "date";
      case TS -> "timestamp without time zone";
      case LIST -> "text[]";
    };
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
