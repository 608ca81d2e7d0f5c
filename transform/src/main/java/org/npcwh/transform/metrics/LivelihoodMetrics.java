package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.npcwh.core.metric.Metric.LIVELIHOOD_COMPLETION_RATE;
import static org.npcwh.core.metric.Metric.LIVELIHOOD_PROJECTS_SELECTED;
import static org.npcwh.core.metric.Metric.LIVELIHOOD_SATISFACTION_AVG;
import static org.npcwh.transform.metrics.Figures.countIf;
import static org.npcwh.transform.metrics.Figures.rows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.metric.Family;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.transform.conform.ConformedModel;
import org.npcwh.transform.current.CurrentState;

/**
 * Livelihood projects (票决制), taken as they stood at the end of each period: per project the
 * latest version with updated_at on or before P.end 23:59:59 (same ranking as the current state).
 * CITY scope counts level CITY projects only, a DISTRICT scope the level DISTRICT projects of that
 * district; COMMUNITY projects (民生微实事) count in neither.
 */
final class LivelihoodMetrics implements MetricFamily {
  private static final String UNTIL = "_next_updated_on";

  @Override
  public Family family() {
    return Family.LIVELIHOOD;
  }

  @Override
  public Map<Metric, Dataset<Row>> figures(MetricInputs in) {
    Dataset<Row> selected = asOfPeriodEnd(in)
        .filter(col("selected").and(col("year").equalTo(col(PeriodTable.YEAR))));
    Map<Metric, Dataset<Row>> out = new EnumMap<>(Metric.class);
    out.put(LIVELIHOOD_PROJECTS_SELECTED, Figures.count(LIVELIHOOD_PROJECTS_SELECTED,
        byLevel(selected, LIVELIHOOD_PROJECTS_SELECTED), rows()));
    out.put(LIVELIHOOD_COMPLETION_RATE, Figures.ratio(LIVELIHOOD_COMPLETION_RATE,
        byLevel(selected, LIVELIHOOD_COMPLETION_RATE), countIf(col("progress_pct").equalTo(100L)), rows()));
    out.put(LIVELIHOOD_SATISFACTION_AVG, Figures.ratio(LIVELIHOOD_SATISFACTION_AVG,
        byLevel(selected.filter(col("satisfaction_score").isNotNull()), LIVELIHOOD_SATISFACTION_AVG),
        sum(col("satisfaction_score")), rows()));
    return out;
  }

  /**
   * One row per (period, project): the project's latest version updated on or before P.end. A version
   * stands from its update day until the day before the next newer version's (a version updated on the
   * same day as a newer one never stands at a period's end), so each (period, project) is one join
   * match, without ranking the versions again for every period.
   */
  static Dataset<Row> asOfPeriodEnd(MetricInputs in) {
    Dataset<Row> versions = in.model().table(ConformedModel.LIVELIHOOD_VERSIONS).filter(col("updated_at").isNotNull());
    Column updatedOn = to_date(col("updated_at"));
    Dataset<Row> standing = versions
        .withColumn(UNTIL, CurrentState.ofNextNewerVersion(updatedOn, versions, List.of(col("project_id"))));
    Column end = col(PeriodTable.END);
    return standing
        .join(in.periods(), updatedOn.leq(end).and(col(UNTIL).isNull().or(col(UNTIL).gt(end))))
        .drop(UNTIL);
  }

  /** The scope of a project is given by its level, not by fan-out: CITY projects are not district figures. */
  private static Dataset<Row> byLevel(Dataset<Row> projects, Metric metric) {
    String[] scopeTypes = metric.scopes().stream().map(Enum::name).toArray(String[]::new);
    return projects
        .withColumn(Scopes.SCOPE_TYPE, when(col("level").equalTo("CITY"), lit(ScopeType.CITY.name()))
            .when(col("level").equalTo("DISTRICT"), lit(ScopeType.DISTRICT.name())))
        .withColumn(Scopes.SCOPE_CODE, when(col("level").equalTo("CITY"), lit(ScopeType.CITY_CODE))
            .when(col("level").equalTo("DISTRICT"), col("district_code")))
        .filter(col(Scopes.SCOPE_TYPE).isin((Object[]) scopeTypes).and(col(Scopes.SCOPE_CODE).isNotNull()));
  }
}
