package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.npcwh.core.metric.Metric.DEPARTMENTS_ASSESSED_UNSATISFIED;
import static org.npcwh.core.metric.Metric.DEPARTMENT_ASSESSMENT_SATISFACTION_RATE;
import static org.npcwh.core.metric.Metric.FACE_TO_FACE_SESSIONS;
import static org.npcwh.core.metric.Metric.OVERSIGHT_ISSUES_OPEN;
import static org.npcwh.core.metric.Metric.OVERSIGHT_ISSUE_MEDIAN_DAYS;
import static org.npcwh.transform.metrics.Figures.rows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.metric.Family;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.transform.conform.OversightFacts;
import org.npcwh.transform.current.CurrentState;

/** Oversight (监督): sessions with departments, the issues raised there, and deputies' votes on department heads. */
final class OversightMetrics implements MetricFamily {
  private static final Map<ScopeType, String> BY_DEPARTMENT = Map.of(ScopeType.DEPARTMENT, "department_code");

  @Override
  public Family family() {
    return Family.OVERSIGHT;
  }

  @Override
  public Map<Metric, Dataset<Row>> figures(MetricInputs in) {
    Map<Metric, Dataset<Row>> out = new EnumMap<>(Metric.class);
    Dataset<Row> faceToFace = in.model().table("fct_oversight_session")
        .filter(col("session_type").equalTo("FACE_TO_FACE"));
    out.put(FACE_TO_FACE_SESSIONS, count(FACE_TO_FACE_SESSIONS, in.within(faceToFace, "held_on")));

    Dataset<Row> issues = in.model().table("fct_oversight_issue");
    out.put(OVERSIGHT_ISSUES_OPEN, count(OVERSIGHT_ISSUES_OPEN, openAtEnd(in, issues)));
    out.put(OVERSIGHT_ISSUE_MEDIAN_DAYS, Figures.median(OVERSIGHT_ISSUE_MEDIAN_DAYS,
        Scopes.fanOut(in.within(issues, "resolved_on"), OVERSIGHT_ISSUE_MEDIAN_DAYS, BY_DEPARTMENT),
        col("days_to_resolve")));

    Dataset<Row> assessed = in.within(in.model().table("fct_assessment"), "assessed_on");
    out.put(DEPARTMENT_ASSESSMENT_SATISFACTION_RATE, Figures.ratio(DEPARTMENT_ASSESSMENT_SATISFACTION_RATE,
        Scopes.fanOut(assessed, DEPARTMENT_ASSESSMENT_SATISFACTION_RATE, BY_DEPARTMENT),
        sum(col("votes_satisfied").plus(col("votes_basically_satisfied"))), sum(col("votes_total"))));
    out.put(DEPARTMENTS_ASSESSED_UNSATISFIED, count(DEPARTMENTS_ASSESSED_UNSATISFIED,
        latestPerDepartment(assessed).filter(col("verdict").equalTo(OversightFacts.UNSATISFIED))));
    return out;
  }

  private static Dataset<Row> count(Metric metric, Dataset<Row> rows) {
    return Figures.count(metric, Scopes.fanOut(rows, metric, BY_DEPARTMENT), rows());
  }

  /** Issues raised on or before P.end and not resolved on or before P.end; one row per period. */
  private static Dataset<Row> openAtEnd(MetricInputs in, Dataset<Row> issues) {
    return issues.join(in.periods(), col("raised_on").leq(col(PeriodTable.END))
        .and(col("resolved_on").isNull().or(col("resolved_on").gt(col(PeriodTable.END)))));
  }

  /**
   * Per (period, department) the latest assessment in P, by assessed_on, then assessment_id (as text);
   * assessments naming no department belong to none and are left out.
   */
  private static Dataset<Row> latestPerDepartment(Dataset<Row> assessed) {
    return CurrentState.firstPer(assessed.filter(col("department_code").isNotNull()),
        List.of(col(PeriodTable.PERIOD), col("department_code")), col("assessed_on").desc(),
        col("assessment_id").desc());
  }
}
