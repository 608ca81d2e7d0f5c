package org.npcwh.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.WarehouseLayout;

class WarehousePublisherTest {
  /** In creation order: marts, figures, records (each by name), then the derived views. */
  static final List<String> VIEWS = List.of("dim_department", "dim_deputy", "dim_draft", "dim_duty_point_rule",
      "dim_platform", "dim_professional_group", "dim_region", "fct_activity", "fct_assessment", "fct_commitment_check",
      "fct_duty", "fct_duty_record", "fct_evaluation", "fct_group_output", "fct_letter", "fct_livelihood_project",
      "fct_message", "fct_opinion", "fct_oversight_issue", "fct_oversight_session", "fct_station_resource",
      "fct_suggestion", "fct_suggestion_reply", "fct_voter_meeting", "metric_catalog", "reference_holds", "metric_values",
      "check_results", "ingest_ledger", "ingest_rejected", "set_aside", "check_results_latest",
      "ingest_ledger_admission", "metric_values_labelled", "source_freshness");

  @TempDir static Path template;
  @TempDir Path warehouse;
  WarehouseLayout layout;

  @BeforeAll
  static void writeFixture() {
    WarehouseFixture.write(template);
  }

  @BeforeEach
  void copyFixture() throws Exception {
    copyTree(template, warehouse);
    layout = new WarehouseLayout(warehouse);
  }

  @Test
  void publishesEveryAgreedViewAndNothingElse() {
    PublishReport report = new WarehousePublisher(layout).publish();

    assertThat(report.database()).isEqualTo(warehouse.resolve("warehouse.duckdb")).isRegularFile();
    assertThat(report.views()).containsExactlyElementsOf(VIEWS);
    assertThat(report.viewsWithoutFiles()).containsExactlyInAnyOrder("dim_platform", "dim_deputy", "dim_draft",
        "fct_activity", "fct_duty", "fct_opinion", "fct_suggestion", "fct_suggestion_reply", "fct_evaluation",
        "fct_livelihood_project", "check_results", "dim_duty_point_rule", "dim_professional_group",
        "fct_duty_record", "fct_group_output", "fct_voter_meeting", "fct_assessment", "fct_commitment_check",
        "fct_oversight_issue", "fct_oversight_session", "fct_station_resource");
    assertThat(column(query("SELECT table_name, table_type FROM information_schema.tables ORDER BY 1"), 0))
        .containsExactlyInAnyOrderElementsOf(VIEWS);
    assertThat(column(query("SELECT DISTINCT table_type FROM information_schema.tables"), 0)).containsExactly("VIEW");
    assertThat(report.toString()).contains("Published " + VIEWS.size() + " documented views", "dim_platform");
  }

  @Test
  void viewsShowTheFiguresAndSkipHiddenFiles() {
    new WarehousePublisher(layout).publish();

    assertThat(query("SELECT period, metric_id, scope_code, value, numerator, denominator FROM metric_values"
        + " ORDER BY period, metric_id, scope_type, scope_code").rows()).containsExactly(
        list("2023-01", "homes_open", "CITY", 3.0, 3.0, null),
        list("2023-01", "homes_open", "440304", 2.0, 2.0, null),
        List.of("2023-01", "letter_on_time_rate", "CITY", 0.5, 1.0, 2.0),
        list("2023-01", "letter_on_time_rate", "SZ-ZJJ", null, 0.0, 0.0),
        list("2023-Q1", "homes_open", "CITY", 3.0, 3.0, null));
    assertThat(query("SELECT dataset, batch_id, status FROM ingest_ledger ORDER BY dataset, batch_id").rows())
        .containsExactly(List.of("messages", "b1", "INGESTED"), List.of("regions", "r1", "INGESTED"),
            List.of("regions", "r2", "DUPLICATE"));
    assertThat(query("SELECT dataset, batch_id, status FROM ingest_rejected").rows())
        .containsExactly(List.of("letters", "l9", "REJECTED"));
    assertThat(query("SELECT letter_id, deadline_on, days_to_answer FROM fct_letter").rows())
        .containsExactly(List.of("L1", java.time.LocalDate.of(2023, 2, 28), 20L));
  }

  @Test
  void labelledFiguresCarryNamesUnitsAndScopeNames() {
    new WarehousePublisher(layout).publish();

    assertThat(query("SELECT scope_type, scope_name, name_zh, unit, unit_suffix_zh, value FROM metric_values_labelled"
        + " WHERE period = '2023-01' ORDER BY metric_id, scope_type").rows()).containsExactly(
        List.of("CITY", "全市", "人大代表之家数", "COUNT", "个", 3.0),
        List.of("DISTRICT", "福田区", "人大代表之家数", "COUNT", "个", 2.0),
        List.of("CITY", "全市", "联系函按期答复率", "RATE", "%", 0.5),
        list("DEPARTMENT", "市住房和建设局", "联系函按期答复率", "RATE", "%", null));
  }

  @Test
  void sourceFreshnessCountsIngestedBatchesOfEveryDataset() {
    new WarehousePublisher(layout).publish();

    QueryResult freshness = query("SELECT dataset, name_zh, newest_extracted_at, batches, rows_accepted,"
        + " rows_set_aside FROM source_freshness");
    assertThat(freshness.rows()).hasSize(SourceDataset.values().length);
    assertThat(freshness.rows()).contains(
        List.of("regions", "行政区划", LocalDateTime.of(2023, 1, 1, 1, 0), 1L, 3L, 1L),
        List.of("messages", "群众留言", LocalDateTime.of(2023, 2, 1, 2, 0), 1L, 1L, 1L),
        list("letters", "代表联系函", null, 0L, 0L, 0L));
    assertThat(freshness.rows().get(0).get(0)).isEqualTo("regions");
  }

  @Test
  void theAdmissionViewReadsLedgersWithoutRowsPendingAndCountsHeldRows() {
    new WarehousePublisher(layout).publish();

    // Only regions/r1's ledger has rows_pending (1 pending row, admitted since); the others were written
    // before the count existed: null in ingest_ledger, 0 in the admission view.
    assertThat(query("SELECT count(*), count(rows_pending) FROM ingest_ledger").rows())
        .containsExactly(List.of(3L, 1L));
    assertThat(query("SELECT dataset, batch_id, rows_in, rows_accepted, rows_set_aside, rows_pending,"
        + " rows_pending_admitted, rows_held FROM ingest_ledger_admission ORDER BY dataset, batch_id").rows())
        .contains(List.of("messages", "b1", 2L, 1L, 1L, 0L, 0L, 1L), List.of("regions", "r1", 4L, 3L, 1L, 1L, 1L, 0L));
    assertThat(query("SELECT key, reason, pending_at_ingest, supersedes_current FROM reference_holds").rows())
        .containsExactly(List.of("M1", "platform_id \"P9\" is not a known platforms key", false, true));
  }

  @Test
  void publishesLedgersAllWrittenBeforeRowsPendingExisted() throws Exception {
    Files.delete(warehouse.resolve("raw/regions/r1/_ledger.parquet"));

    new WarehousePublisher(layout).publish();

    assertThat(query("SELECT count(*), count(rows_pending) FROM ingest_ledger").rows())
        .containsExactly(List.of(2L, 0L));
  }

  @Test
  void setAsideShowsRawTextOnlyForDatasetsWithoutPersonalData() {
    new WarehousePublisher(layout).publish();

    assertThat(query("SELECT dataset, reason_code, field, raw_text FROM set_aside ORDER BY dataset").rows())
        .containsExactly(list("messages", "BAD_CODE", "status", null),
            List.of("regions", "BAD_CODE", "level", "440300,深圳市,CITY,"));
  }

  @Test
  void noViewHasAColumnForResidentsNamesPhonesOrFreeText() {
    new WarehousePublisher(layout).publish();

    assertThat(column(query("SELECT DISTINCT column_name FROM duckdb_columns()"), 0))
        .doesNotContain("citizen_name", "citizen_phone", "citizen_phone_hash", "content", "opinion_text")
        .contains("citizen_name_hash");
  }

  @Test
  void viewsWithoutFilesReturnNoRowsWithTheAgreedTypes() {
    new WarehousePublisher(layout).publish();

    assertThat(query("SELECT count(*) FROM fct_livelihood_project").rows()).containsExactly(List.of(0L));
    assertThat(query("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'fct_livelihood_project'"
        + " AND column_name IN ('year', 'budget_wan', 'selected', 'updated_at') ORDER BY column_index").rows())
        .containsExactly(List.of("year", "BIGINT"), List.of("selected", "BOOLEAN"),
            List.of("budget_wan", "DECIMAL(18,4)"), List.of("updated_at", "TIMESTAMP"));
  }

  @Test
  void publishesOnAnEmptyWarehouseBeforeTheFirstRun(@TempDir Path empty) {
    PublishReport report = new WarehousePublisher(new WarehouseLayout(empty)).publish();

    assertThat(report.viewsWithoutFiles()).containsExactlyElementsOf(VIEWS.subList(0, VIEWS.indexOf("check_results_latest")));
    for (String view : VIEWS) {
      long rows = (Long) ReadOnlyQuery.run(new WarehouseLayout(empty), "SELECT count(*) FROM " + view)
          .rows().get(0).get(0);
      assertThat(rows).as(view).isEqualTo(view.equals("source_freshness") ? SourceDataset.values().length : 0L);
    }
  }

  @Test
  void everyViewAndColumnIsDocumentedChineseFirst() {
    new WarehousePublisher(layout).publish();

    QueryResult views = query("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal");
    assertThat(views.rows()).hasSize(VIEWS.size()).allSatisfy(row -> assertThat((String) row.get(1)).as((String) row.get(0))
        .matches("^\\p{IsHan}.* / .+"));
    QueryResult columns = query("SELECT table_name || '.' || column_name, comment FROM duckdb_columns() WHERE NOT internal");
    assertThat(columns.rows()).hasSizeGreaterThan(150).allSatisfy(row -> assertThat((String) row.get(1))
        .as((String) row.get(0)).matches("^\\p{IsHan}.* / .+"));
    assertThat(query("SELECT comment FROM duckdb_columns() WHERE table_name = 'dim_platform'"
        + " AND column_name = 'platform_type'").rows().get(0).get(0))
        .isEqualTo("阵地类型（代表之家、代表联络站、联系点） / source field platforms.platform_type (text;"
            + " one of HOME, POINT, STATION)");
    assertThat(query("SELECT comment FROM duckdb_columns() WHERE table_name = 'metric_values_labelled'"
        + " AND column_name = 'value'").rows().get(0).get(0))
        .isEqualTo("指标值 / Value: the figure; null where the denominator is 0 (never 0, never NaN)");
  }

  @Test
  void newPeriodFilesShowWithoutPublishingAgain() {
    new WarehousePublisher(layout).publish();
    WarehouseFixture.execute("COPY (SELECT '2023-02' AS period, 'MONTH' AS grain, 'homes_open' AS metric_id,"
        + " 'CITY' AS scope_type, 'CITY' AS scope_code, 4.0 AS value, 4.0 AS numerator,"
        + " CAST(NULL AS DOUBLE) AS denominator) TO '" + warehouse.resolve("marts/metric_values/2023-02.parquet")
        + "' (FORMAT parquet)");

    assertThat(query("SELECT period, value FROM metric_values_labelled WHERE scope_type = 'CITY'"
        + " AND metric_id = 'homes_open' ORDER BY period").rows())
        .containsExactly(List.of("2023-01", 3.0), List.of("2023-02", 4.0), List.of("2023-Q1", 3.0));
  }

  @Test
  void theFolderCanBeMovedBecauseViewsNameFilesRelativeToIt(@TempDir Path elsewhere) throws Exception {
    new WarehousePublisher(layout).publish();
    assertThat(column(query("SELECT sql FROM duckdb_views() WHERE NOT internal"), 0))
        .noneMatch(sql -> ((String) sql).contains(warehouse.toString()));
    Path copy = elsewhere.resolve("copied-warehouse");
    copyTree(warehouse, copy);
    deleteTree(warehouse);

    QueryResult moved = ReadOnlyQuery.run(new WarehouseLayout(copy),
        "SELECT count(*), sum(value) FROM metric_values WHERE scope_type = 'CITY'");
    assertThat(moved.rows()).containsExactly(List.of(3L, 6.5));
  }

  @Test
  void publishingAgainReplacesTheDatabaseAndLeavesNoTemporaryFile() throws Exception {
    new WarehousePublisher(layout).publish();
    WarehouseFixture.execute("COPY (SELECT 'D9' AS deputy_id, DATE '2023-01-03' AS duty_date, 'P1' AS platform_id,"
        + " '440304' AS district_code) TO '" + warehouse.resolve("marts/fct_duty/part-0.parquet") + "' (FORMAT parquet)");

    PublishReport again = new WarehousePublisher(layout).publish();

    assertThat(again.viewsWithoutFiles()).doesNotContain("fct_duty");
    assertThat(query("SELECT deputy_id, duty_date FROM fct_duty").rows())
        .containsExactly(List.of("D9", java.time.LocalDate.of(2023, 1, 3)));
    try (Stream<Path> top = Files.list(warehouse)) {
      assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("marts", "raw", "warehouse.duckdb", "warehouse.sql");
    }
  }

  private QueryResult query(String sql) {
    return ReadOnlyQuery.run(layout, sql);
  }

  /** A row that may hold nulls (List.of refuses them). */
  static List<Object> list(Object... values) {
    return java.util.Arrays.asList(values);
  }

  private static List<Object> column(QueryResult result, int index) {
    return result.rows().stream().map(r -> r.get(index)).toList();
  }

  static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  static void deleteTree(Path root) throws Exception {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
