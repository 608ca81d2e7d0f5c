package org.npcwh.checks;

import java.time.LocalDateTime;

/**
 * One row of {@code <warehouse>/checks/<run_id>.parquet}: the outcome of one check for one period,
 * or one finding of a check that did not pass.
 *
 * @param runId the check run
 * @param checkedAt when the run started, local China time
 * @param period the period label the result belongs to
 * @param checkId the check's name, unique within its table
 * @param tableName the guarded table (its home tables/<table>/, or current_state)
 * @param severity what the check does when it does not pass
 * @param outcome PASS, or FAIL / WARN (the severity) for a finding
 * @param observed the offending figure of a finding (null for a PASS or where there is no figure)
 * @param expected what the check expects, thresholds filled in
 * @param detail what was found, readable by an operator
 */
public record CheckResult(
    String runId,
    LocalDateTime checkedAt,
    String period,
    String checkId,
    String tableName,
    Severity severity,
    Outcome outcome,
    Double observed,
    String expected,
    String detail) {

  /** {@code table.check}, how reports name a check. */
  public String qualifiedId() {
    return tableName + "." + checkId;
  }

  public boolean failed() {
    return outcome == Outcome.FAIL;
  }

  public boolean warned() {
    return outcome == Outcome.WARN;
  }
}
