package org.npcwh.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.FieldType;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.metric.Shape;
import org.npcwh.core.metric.Unit;
import org.npcwh.core.period.Period;

/**
 * A small warehouse written by hand with DuckDB ({@code COPY (SELECT …) TO … (FORMAT parquet)}):
 * two districts (D1, D2), two departments (DEP1, DEP2), two keys per dataset in the current state,
 * one ingested batch per dataset, and figures for every metric × scope.
 */
final class TestWarehouse implements AutoCloseable {
  static final LocalDateTime EXTRACTED = LocalDateTime.of(2023, 2, 1, 2, 0);
  static final LocalDate FIRST_EVENT = LocalDate.of(2022, 11, 20);
  static final List<String> DISTRICTS = List.of("D1", "D2");
  static final List<String> DEPARTMENTS = List.of("DEP1", "DEP2");

  final WarehouseLayout layout;
  private final Connection duck;

  TestWarehouse(Path root) throws SQLException {
    this.layout = new WarehouseLayout(root);
    this.duck = DriverManager.getConnection("jdbc:duckdb:");
  }

  /**
   * Every dataset current, ingested once (extracted 2023-02-01 02:00), the first event on
   * {@link #FIRST_EVENT} (an activity), and both scope dimensions.
   */
  TestWarehouse withGoodSources() throws Exception {
    for (SourceDataset dataset : SourceDataset.values()) {
      currentKeys(dataset, "K1", "K2");
      ledger(dataset.datasetName(), "b1", "INGESTED", EXTRACTED, 10, 9, 1);
    }
    events(SourceDataset.ACTIVITIES, "b1", FIRST_EVENT, FIRST_EVENT.plusDays(40));
    copy("SELECT * FROM (VALUES ('D1', 'DISTRICT'), ('D2', 'DISTRICT'), ('S1', 'STREET')) AS t(region_code, level)",
        layout.candidateMart("dim_region").resolve("part-00000.parquet"));
    copy("SELECT * FROM (VALUES ('DEP1', 'MUNICIPAL'), ('DEP2', 'DISTRICT')) AS t(department_code, level)",
        layout.candidateMart("dim_department").resolve("part-00000.parquet"));
    return this;
  }

  /** {@code current/<dataset>/part-00000.parquet} holding one row per given key (each key column gets it). */
  void currentKeys(SourceDataset dataset, String... keys) throws Exception {
    List<Field> keyFields = dataset.keyFields();
    String columns = keyFields.stream().map(f -> keyExpression(f) + " AS " + f.storedName())
        .collect(Collectors.joining(", "));
    String values = Arrays.stream(keys).map(k -> k == null ? "(NULL)" : "('" + k + "')")
        .collect(Collectors.joining(", "));
    String rows = keys.length == 0 ? "(VALUES (CAST(NULL AS VARCHAR))) AS t(k) WHERE false"
        : "(VALUES " + values + ") AS t(k)";
    copy("SELECT " + columns + ", 'x' AS other FROM " + rows, layout.current(dataset).resolve("part-00000.parquet"));
  }

  /** Text keys as given; a DATE key (duty_date) as a date derived from the text, null when it is null. */
  private static String keyExpression(Field field) {
    return field.type() == FieldType.DATE ? "DATE '2023-01-01' + CAST(length(k) AS INTEGER)" : "k";
  }

  /** {@code raw/<dataset>/<batch_id>/data.parquet} with one row per date in the dataset's event-date column. */
  void events(SourceDataset dataset, String batchId, LocalDate... dates) throws Exception {
    String column = dataset.eventDate().orElseThrow().storedName();
    String values = Arrays.stream(dates).map(d -> "(DATE '" + d + "')").collect(Collectors.joining(", "));
    copy("SELECT d AS " + column + " FROM (VALUES " + values + ") AS t(d)",
        layout.batch(dataset, batchId).resolve(WarehouseLayout.DATA_FILE));
  }

  void ledger(String dataset, String batchId, String status, LocalDateTime extractedAt, long rowsIn, long accepted,
      long setAside) throws Exception {
    Path file = layout.raw().resolve(dataset).resolve(batchId).resolve(WarehouseLayout.LEDGER_FILE);
    Files.createDirectories(file.getParent());
    try (PreparedStatement s = duck.prepareStatement("COPY (SELECT ?::VARCHAR AS dataset, ?::VARCHAR AS batch_id,"
        + " 'full' AS mode, 'csv' AS format, 'UTF-8' AS encoding, ?::TIMESTAMP AS extracted_at, 'abc' AS content_sha256,"
        + " ?::BIGINT AS rows_in, ?::BIGINT AS rows_accepted, ?::BIGINT AS rows_set_aside, ?::VARCHAR AS status,"
        + " CASE WHEN ? = 'DUPLICATE' THEN 'b1' END AS duplicate_of, ?::TIMESTAMP AS ingested_at)"
        + " TO ? (FORMAT parquet)")) {
      bind(s, dataset, batchId, extractedAt, rowsIn, accepted, setAside, status, status, extractedAt, file.toString());
      s.execute();
    }
  }

  /** Figures for every metric × scope that pass every check: counts 10, rates 0.5 = 1/2, others 3 = 6/2. */
  static List<Figure> goodFigures(Period period) {
    List<Figure> out = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      for (ScopeType scope : metric.scopes()) {
        for (String code : codes(scope)) {
          out.add(figure(period, metric, scope, code));
        }
      }
    }
    return out;
  }

  private static Figure figure(Period period, Metric metric, ScopeType scope, String code) {
    String p = period.label();
    String g = period.grain().name();
    if (metric.shape() == Shape.COUNT) {
      return new Figure(p, g, metric.id(), scope.name(), code, 10.0, 10.0, null);
    }
    if (metric.shape() == Shape.MEDIAN) {
      return new Figure(p, g, metric.id(), scope.name(), code, 3.0, null, 4.0);
    }
    return metric.unit() == Unit.RATE ? new Figure(p, g, metric.id(), scope.name(), code, 0.5, 1.0, 2.0)
        : new Figure(p, g, metric.id(), scope.name(), code, 3.0, 6.0, 2.0);
  }

  private static List<String> codes(ScopeType scope) {
    return switch (scope) {
      case CITY -> List.of(ScopeType.CITY_CODE);
      case DISTRICT -> DISTRICTS;
      case DEPARTMENT -> DEPARTMENTS;
    };
  }

  /** How the checks name a figure in their findings. */
  static String figureName(Figure f) {
    return f.metricId() + " " + f.scopeType() + "/" + f.scopeCode();
  }

  Path candidate(Period period, List<Figure> figures) throws Exception {
    Path file = layout.candidateMetricValues().resolve(period.label() + ".parquet");
    writeFigures(figures, file);
    return file;
  }

  Path published(Period period, List<Figure> figures) throws Exception {
    Path file = layout.metricValues().resolve(period.label() + ".parquet");
    writeFigures(figures, file);
    return file;
  }

  private void writeFigures(List<Figure> figures, Path file) throws Exception {
    try (Statement s = duck.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE fig (period VARCHAR, grain VARCHAR, metric_id VARCHAR,"
          + " scope_type VARCHAR, scope_code VARCHAR, value DOUBLE, numerator DOUBLE, denominator DOUBLE)");
    }
    try (PreparedStatement insert = duck.prepareStatement("INSERT INTO fig VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Figure f : figures) {
        bind(insert, f.period(), f.grain(), f.metricId(), f.scopeType(), f.scopeCode(), f.value(), f.numerator(),
            f.denominator());
        insert.execute();
      }
    }
    copy("SELECT * FROM fig", file);
  }

  /**
   * Outcome per check of the given marts, in one check run of the period over good sources and figures
   * plus the marts (table name → the query whose result is its one file).
   */
  static Map<String, Outcome> martCheckOutcomes(Path root, Period period, Map<String, String> marts)
      throws Exception {
    try (TestWarehouse wh = new TestWarehouse(root).withGoodSources()) {
      wh.candidate(period, goodFigures(period));
      for (Map.Entry<String, String> mart : marts.entrySet()) {
        wh.copy(mart.getValue(), wh.layout.candidateMart(mart.getKey()).resolve("part-00000.parquet"));
      }
      CheckReport report = new CheckRunner(wh.layout, CheckSettings.defaults(), line -> { }).run(List.of(period));
      return report.results().stream().filter(r -> marts.containsKey(r.tableName()))
          .collect(Collectors.toMap(CheckResult::qualifiedId, CheckResult::outcome, (a, b) -> a));
    }
  }

  /** Writes a query's result as one Parquet file. */
  void copy(String select, Path file) throws Exception {
    Files.createDirectories(file.getParent());
    try (PreparedStatement s = duck.prepareStatement("COPY (" + select + ") TO ? (FORMAT parquet)")) {
      s.setString(1, file.toString());
      s.execute();
    }
  }

  /** Runs a query over the warehouse's files and returns its rows as lists. */
  List<List<Object>> query(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = duck.prepareStatement(sql)) {
      bind(s, params);
      try (ResultSet rs = s.executeQuery()) {
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
  }

  @Override
  public void close() throws SQLException {
    duck.close();
  }

  static void deleteTree(Path folder) throws IOException {
    try (var walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
