package org.npcwh.reports.fill;

/**
 * The SQL the Java side of the reports runs against the warehouse's DuckDB views (the report
 * sections' own queries live in their JRXML). Values are always bound as parameters.
 */
final class WarehouseQueries {
  private WarehouseQueries() {}

  static final String METRIC_CATALOG = "SELECT metric_id, name_zh, unit FROM metric_catalog";

  static final String FIGURES_IN_PERIOD = "SELECT count(*) FROM metric_values WHERE period = ?";

  /** The scopes of one type that have figures in a period, with their names. */
  static final String SCOPES = """
      SELECT DISTINCT v.scope_code,
             coalesce(r.name, d.name, v.scope_code) AS scope_name
      FROM metric_values v
      LEFT JOIN dim_region r ON v.scope_type = 'DISTRICT' AND r.region_code = v.scope_code
      LEFT JOIN dim_department d ON v.scope_type = 'DEPARTMENT' AND d.department_code = v.scope_code
      WHERE v.period = ? AND v.scope_type = ?
      ORDER BY v.scope_code
      """;
}
