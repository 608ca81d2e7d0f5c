package org.npcwh.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.period.Period;
import org.npcwh.core.table.NamedSql;

/**
 * Loads what the checks read beside the candidate's tables ({@link CandidateViews}) into temporary
 * tables ({@code inputs.sql}): the source datasets with their freshness limits, the keys of the
 * current state, the scopes from the dimensions, the metric catalogue from {@link Metric}, the
 * candidate figures of the checked periods and the published figures of the periods before them. A
 * missing table loads as empty; the checks say what that means.
 */
final class WarehouseInputs {
  private static final Statements SQL = new Statements("inputs.sql");

  private final Connection connection;
  private final WarehouseLayout layout;

  private WarehouseInputs(Connection connection, WarehouseLayout layout) {
    this.connection = connection;
    this.layout = layout;
  }

  static void load(Connection connection, WarehouseLayout layout, List<Period> periods, CheckSettings settings) {
    WarehouseInputs inputs = new WarehouseInputs(connection, layout);
    try {
      SQL.executeScript(connection, "create_tables");
      inputs.loadSources(settings);
      inputs.loadScopes();
      inputs.loadCatalogue();
      inputs.loadFigures(periods);
    } catch (SQLException e) {
      throw Errors.unreadable(layout.root(), e);
    }
  }

  private void loadSources(CheckSettings settings) throws SQLException {
    String keysTemplate = SQL.text("load_current_keys");
    for (SourceDataset dataset : SourceDataset.values()) {
      List<Path> files = ParquetFiles.in(layout.current(dataset));
      Freshness freshness = settings.freshness(dataset);
      Map<String, Object> values = new HashMap<>();
      values.put("dataset", dataset.datasetName());
      values.put("name_zh", dataset.nameZh());
      values.put("current_present", !files.isEmpty());
      values.put("is_reference", dataset.isReference());
      values.put("warn_after_days", freshness.warnAfterDays());
      values.put("error_after_days", freshness.errorAfterDays());
      SQL.execute(connection, "add_source_dataset", values);
      if (!files.isEmpty()) {
        read(layout.current(dataset), KeySql.fill(keysTemplate, dataset),
            Map.of("dataset", dataset.datasetName(), "files", ParquetFiles.names(files)));
      }
    }
  }

  private void loadScopes() throws SQLException {
    SQL.execute(connection, "add_scope",
        Map.of("scope_type", ScopeType.CITY.name(), "scope_code", ScopeType.CITY_CODE));
    SQL.execute(connection, "load_districts", Map.of("scope_type", ScopeType.DISTRICT.name()));
    SQL.execute(connection, "load_departments", Map.of("scope_type", ScopeType.DEPARTMENT.name()));
  }

  private void loadCatalogue() throws SQLException {
    for (Metric metric : Metric.values()) {
      for (ScopeType scope : metric.scopes()) {
        SQL.execute(connection, "add_metric_scope",
            Map.of("metric_id", metric.id(), "unit", metric.unit().name(), "scope_type", scope.name()));
      }
    }
  }

  /** The candidates of the checked periods, and the published figures of the periods just before them. */
  private void loadFigures(List<Period> periods) throws SQLException {
    Set<String> previous = new LinkedHashSet<>();
    for (Period period : periods) {
      Path candidate = candidateFile(layout, period.label());
      boolean present = Files.isRegularFile(candidate);
      SQL.execute(connection, "add_checked_period",
          Map.of("period", period.label(), "grain", period.grain().name(), "candidate_present", present));
      if (present) {
        loadFiles("load_candidate", candidate, List.of(candidate), Map.of("period", period.label()));
      }
      previous.add(period.previous().label());
    }
    for (String label : previous) {
      Path published = publishedFile(layout, label);
      if (Files.isRegularFile(published)) {
        loadFiles("load_published", published, List.of(published), Map.of());
      }
    }
  }

  static Path candidateFile(WarehouseLayout layout, String periodLabel) {
    return layout.candidateMetricValues().resolve(periodLabel + ".parquet");
  }

  static Path publishedFile(WarehouseLayout layout, String periodLabel) {
    return layout.metricValues().resolve(periodLabel + ".parquet");
  }

  private void loadFiles(String statement, Path what, List<Path> files, Map<String, ?> values) {
    if (files.isEmpty()) {
      return;
    }
    Map<String, Object> all = new HashMap<>(values);
    all.put("files", ParquetFiles.names(files));
    read(what, SQL.sql(statement), all);
  }

  /** Runs a load, naming the file or folder it reads when DuckDB cannot read it. */
  private void read(Path what, NamedSql sql, Map<String, ?> values) {
    try {
      Statements.execute(connection, sql, values);
    } catch (SQLException e) {
      throw Errors.unreadable(what, e);
    }
  }
}
