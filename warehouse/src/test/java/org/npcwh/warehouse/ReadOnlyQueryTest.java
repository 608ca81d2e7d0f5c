package org.npcwh.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;
import org.npcwh.core.layout.WarehouseLayout;

class ReadOnlyQueryTest {
  @TempDir static Path warehouse;
  @TempDir static Path outside;
  static WarehouseLayout layout;

  @BeforeAll
  static void publish() {
    WarehouseFixture.write(warehouse);
    layout = new WarehouseLayout(warehouse);
    new WarehousePublisher(layout).publish();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "COPY (SELECT 1) TO 'x.csv'",
      "COPY metric_values TO 'marts/metric_values/2099-01.parquet' (FORMAT parquet)",
      "CREATE TABLE t AS SELECT 1 AS a",
      "CREATE OR REPLACE VIEW metric_values AS SELECT 1 AS a",
      "ATTACH 'other.duckdb' AS other",
      "INSERT INTO metric_values VALUES ('2023-01', 'MONTH', 'x', 'CITY', 'CITY', 1, 1, NULL)",
      "UPDATE metric_values SET value = 0",
      "DELETE FROM metric_values",
      "DROP VIEW metric_values",
      "SELECT 1; DROP VIEW metric_values",
      "DROP VIEW metric_values; SELECT 1",
      "SELECT 1; SELECT 2",
      "WITH x AS (SELECT 1) INSERT INTO metric_values SELECT * FROM x",
      "SET enable_external_access = true",
      "RESET lock_configuration",
      "PRAGMA enable_profiling",
      "INSTALL httpfs",
      "LOAD httpfs",
      "EXPORT DATABASE 'exported'",
      "CHECKPOINT",
      "VACUUM",
      "CALL enable_logging()",
      "SELECT * FROM enable_logging(storage = 'file', storage_config = {'path': 'logs'})",
      "SELECT * FROM checkpoint()",
      "SELECT * FROM query('SELECT 1')",
      "EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1 AS a",
      "EXPLAIN COPY (SELECT 1) TO 'x.csv'",
      "  "})
  void refusesWhatIsNotExactlyOneQueryAndChangesNothing(String sql) {
    Map<String, String> before = WarehouseFixture.fingerprint(warehouse);

    assertThatThrownBy(() -> ReadOnlyQuery.run(layout, sql))
        .isInstanceOf(UserException.class)
        .hasMessageStartingWith("The query was refused: ")
        .hasMessageContaining("exactly one read-only query")
        .satisfies(e -> assertThat(((UserException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT));

    assertThat(WarehouseFixture.fingerprint(warehouse)).isEqualTo(before);
    assertThat(Path.of("x.csv")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT count(*) FROM metric_values",
      "WITH m AS (SELECT * FROM metric_values) SELECT count(*) FROM m",
      "FROM metric_values SELECT count(*)",
      "TABLE metric_catalog",
      "VALUES (1, 'a')",
      "DESCRIBE metric_values",
      "SHOW TABLES",
      "SUMMARIZE metric_values",
      "EXPLAIN SELECT * FROM metric_values",
      "EXPLAIN ANALYZE SELECT * FROM metric_values",
      "SELECT count(*) FROM read_parquet('marts/metric_values/*.parquet')",
      "SELECT * FROM duckdb_columns() WHERE table_name = 'fct_letter'",
      "SELECT * FROM range(3)",
      "SELECT 1;"})
  void runsQueriesAndChangesNothing(String sql) {
    Map<String, String> before = WarehouseFixture.fingerprint(warehouse);

    QueryResult result = ReadOnlyQuery.run(layout, sql);

    assertThat(result.rows()).isNotEmpty();
    assertThat(WarehouseFixture.fingerprint(warehouse)).isEqualTo(before);
  }

  @Test
  void cannotReadFilesOutsideTheWarehouse() throws Exception {
    Path secret = Files.writeString(outside.resolve("secret.csv"), "a\n1\n");

    assertThatThrownBy(() -> ReadOnlyQuery.run(layout, "SELECT * FROM read_csv('" + secret + "')"))
        .isInstanceOf(UserException.class)
        .hasMessageStartingWith("The query failed: DuckDB said: Permission Error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"raw/messages/b1/data.parquet", "raw/*/*/_set_aside.parquet", "checks/*.parquet"})
  void cannotReadTheRawLayerOrAnythingElseOutsideThePublishedMarts(String file) throws Exception {
    Files.createDirectories(warehouse.resolve("raw/messages/b1"));
    Files.writeString(warehouse.resolve("raw/messages/b1/data.parquet"), "not even parquet");

    assertThatThrownBy(() -> ReadOnlyQuery.run(layout, "SELECT * FROM read_parquet('" + file + "')"))
        .isInstanceOf(UserException.class)
        .hasMessageStartingWith("The query failed: DuckDB said: Permission Error");
  }

  @Test
  void reportsAQueryDuckDbCannotRun() {
    assertThatThrownBy(() -> ReadOnlyQuery.run(layout, "SELECT nope FROM metric_values"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("The query failed: DuckDB said: Binder Error")
        .hasMessageContaining("DESCRIBE <view>");
    assertThatThrownBy(() -> ReadOnlyQuery.run(layout, "SELEC 1"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("The query failed: DuckDB said: parser error: syntax error at or near \"SELEC\"");
  }

  @Test
  void saysWhenTheWarehouseWasNeverPublished(@TempDir Path empty) {
    assertThatThrownBy(() -> ReadOnlyQuery.run(new WarehouseLayout(empty), "SELECT 1"))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("There is no analysts' database at " + empty.resolve("warehouse.duckdb"))
        .hasMessageContaining("npcwh publish");
  }

  @Test
  void returnsTypedValues() {
    QueryResult result = ReadOnlyQuery.run(layout,
        "SELECT letter_id, sent_at, sent_on, days_to_answer, [1, 2] AS l, true AS b FROM fct_letter");

    assertThat(result.columns()).containsExactly("letter_id", "sent_at", "sent_on", "days_to_answer", "l", "b");
    assertThat(result.rows()).containsExactly(List.of("L1", java.time.LocalDateTime.of(2023, 1, 31, 10, 0),
        java.time.LocalDate.of(2023, 1, 31), 20L, List.of(1, 2), true));
  }
}
