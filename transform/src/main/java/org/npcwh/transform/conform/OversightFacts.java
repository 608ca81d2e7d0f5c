package org.npcwh.transform.conform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Facts of the oversight system (监督: 人大代表·局长面对面, 代表专题问政会, 依法履职报告与满意度测评), from the
 * current state. Pure functions. Each row names its own department: the DEPARTMENT scope of the oversight
 * metrics.
 */
public final class OversightFacts {
  private OversightFacts() {}

  /** The verdicts of an assessment, as {@code fct_assessment.verdict} spells them. */
  public static final String SATISFIED = "SATISFIED";
  public static final String BASICALLY_SATISFIED = "BASICALLY_SATISFIED";
  public static final String UNSATISFIED = "UNSATISFIED";

  /** fct_oversight_session, as delivered. */
  public static Dataset<Row> session(Dataset<Row> sessions) {
    return sessions.select("session_id", "session_type", "department_code", "held_on", "deputies_attending");
  }

  /** fct_oversight_issue: days_to_resolve = resolved_on − raised_on (null until resolved). */
  public static Dataset<Row> issue(Dataset<Row> issues) {
    return issues.select(col("issue_id"), col("session_id"), col("department_code"), col("raised_on"),
        col("resolved_on"), datediff(col("resolved_on"), col("raised_on")).cast("long").as("days_to_resolve"));
  }

  /**
   * fct_assessment: votes_total sums the three votes (a missing count as 0); the verdict is SATISFIED when
   * the satisfied votes are more than half of all, BASICALLY_SATISFIED when satisfied + basically satisfied
   * are, else UNSATISFIED, so that an assessment without votes is UNSATISFIED as the contract words it.
   * "More than half" is compared as 2 × votes > total, in whole numbers.
   */
  public static Dataset<Row> assessment(Dataset<Row> assessments) {
    Column satisfied = votes("votes_satisfied");
    Column favourable = satisfied.plus(votes("votes_basically_satisfied"));
    Column total = favourable.plus(votes("votes_unsatisfied"));
    Column verdict = when(satisfied.multiply(2).gt(total), lit(SATISFIED))
        .when(favourable.multiply(2).gt(total), lit(BASICALLY_SATISFIED))
        .otherwise(lit(UNSATISFIED));
    return assessments.select(col("assessment_id"), col("department_code"), col("session_id"), col("assessed_on"),
        col("votes_satisfied"), col("votes_basically_satisfied"), col("votes_unsatisfied"),
        total.as("votes_total"), verdict.as("verdict"));
  }

  private static Column votes(String column) {
    return coalesce(col(column).cast("long"), lit(0L));
  }
}
