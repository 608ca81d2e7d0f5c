package org.npcwh.airflow;

/**
 * The spec's {@code DAGRunClearBody}, sent to clear a month's run so it runs again under the same
 * logical date (Airflow keeps one run per DAG and logical date, so a second trigger is refused).
 * Both fields are always sent: the spec's default for {@code dry_run} is true, which would only
 * list the tasks. {@code run_on_latest_version} (experimental) is left to Airflow's default.
 */
public record ClearRunRequest(boolean dryRun, boolean onlyFailed) {}
