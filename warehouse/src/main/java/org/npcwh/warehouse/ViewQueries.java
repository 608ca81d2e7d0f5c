package org.npcwh.warehouse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.metric.Unit;

/**
 * The SELECT behind each view of warehouse.duckdb. A view over Parquet files is its typed source
 * (or, while no file exists, a typed empty stand-in), wrapped by {@code views/<view>.sql} where
 * one exists; the views that only combine other views are {@code views/<view>.sql} alone. Lists
 * the SQL needs from the declarations (datasets, units) are generated here, not copied into it.
 */
final class ViewQueries {
  /** Views over other views, created after the views they read. */
  static final List<String> COMBINED_VIEWS = List.of("source_freshness", "metric_values_labelled", "check_results_latest",
      "ingest_ledger_admission");

  private final ViewSources sources;
  private final WarehouseLayout layout;

  ViewQueries(ViewSources sources, WarehouseLayout layout) {
    this.sources = sources;
    this.layout = layout;
  }

  /** Every view in creation order. */
  List<String> views() {
    return Stream.concat(sources.views().stream(), COMBINED_VIEWS.stream()).toList();
  }

  boolean readsFiles(String view) {
    return sources.views().contains(view);
  }

  String glob(String view) {
    return SourceGlobs.of(layout, view);
  }

  /** The agreed columns of a view over files. */
  List<ColumnSpec> columns(String view) {
    return sources.columns(view);
  }

  Optional<ColumnSpec> column(String view, String column) {
    return readsFiles(view)
        ? sources.columns(view).stream().filter(c -> c.name().equals(column)).findFirst()
        : Optional.empty();
  }

  /**
   * The view's query.
   *
   * @param filesExist whether the view's glob matches a file now; ignored for combined views
   */
  String query(String view, boolean filesExist) {
    if (!readsFiles(view)) {
      return SqlText.fromResource(viewResource(view), generatedLists());
    }
    String files = filesExist ? parquetSource(view) : emptySource(view);
    if (!SqlText.resourceExists(viewResource(view))) {
      return files;
    }
    Map<String, String> values = new HashMap<>(generatedLists());
    values.put("files", files);
    return SqlText.fromResource(viewResource(view), values);
  }

  private String parquetSource(String view) {
    return SqlText.fromResource("sql/parquet_source.sql", Map.of(
        "typed_columns", joined(view, ColumnSpec::castExpression),
        "glob", SqlText.literal(glob(view))));
  }

  private String emptySource(String view) {
    return SqlText.fromResource("sql/empty_source.sql", Map.of("typed_nulls", joined(view, ColumnSpec::nullExpression)));
  }

  private String joined(String view, Function<ColumnSpec, String> expression) {
    return sources.columns(view).stream().map(expression).collect(Collectors.joining(",\n       "));
  }

  private static String viewResource(String view) {
    return "views/" + SqlText.identifier(view) + ".sql";
  }

  private static Map<String, String> generatedLists() {
    return Map.of(
        "datasets_without_personal_data", Arrays.stream(SourceDataset.values())
            .filter(d -> !d.hasPersonalData())
            .map(d -> SqlText.literal(d.datasetName()))
            .collect(Collectors.joining(", ")),
        "contract_datasets", Arrays.stream(SourceDataset.values())
            .map(d -> "(" + d.ordinal() + ", " + SqlText.literal(d.datasetName()) + ", " + SqlText.literal(d.nameZh()) + ")")
            .collect(Collectors.joining(", ")),
        "unit_suffixes", Arrays.stream(Unit.values())
            .map(u -> "(" + SqlText.literal(u.name()) + ", " + SqlText.literal(u.suffixZh()) + ")")
            .collect(Collectors.joining(", ")));
  }
}
