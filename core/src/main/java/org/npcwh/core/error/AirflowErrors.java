package org.npcwh.core.error;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The errors of the Airflow client (module airflow-client), worded against Airflow 3's REST API:
 * what went wrong, why, and what to do. Apart from {@link Errors} only to keep each file small.
 */
public final class AirflowErrors {
  private AirflowErrors() {}

  public static UserException urlMissing(String variable) {
    return Errors.badInput("No Airflow URL is configured",
        "the command talks to Airflow's API server, and neither --url nor the environment variable "
            + variable + " gives its address",
        "Pass --url http://HOST:8080 or set " + variable);
  }

  public static UserException badUrl(String url, String why) {
    return Errors.badInput("'" + url + "' is not a usable Airflow URL", why,
        "Give the API server's base address, e.g. http://localhost:8080 (without /api/v2)");
  }

  public static UserException credentialsMissing(String tokenVariable, String userVariable,
      String passwordVariable) {
    return Errors.badInput("No Airflow credentials are configured",
        "Airflow's REST API needs a bearer token: either " + tokenVariable + ", or " + userVariable
            + " and " + passwordVariable + " to obtain one from /auth/token",
        "Set " + tokenVariable + ", or both " + userVariable + " and " + passwordVariable);
  }

  public static UserException unreachable(URI url, String why, Throwable cause) {
    return new UserException(ExitCode.AIRFLOW, "Cannot reach Airflow at " + url, why,
        "Check that Airflow's API server is running (`airflow api-server`) and that --url or"
            + " AIRFLOW_URL points to it", cause);
  }

  public static UserException loginRejected(URI url, String username, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Airflow at " + url + " rejected the login of user '"
        + username + "'", "the user name or password is wrong (Airflow said: " + detail + ")",
        "Check AIRFLOW_USERNAME and AIRFLOW_PASSWORD", null);
  }

  public static UserException tokenRejected(URI url, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Airflow at " + url + " rejected the bearer token",
        "the token is invalid or has expired (Airflow said: " + detail + ")",
        "Get a fresh token and set AIRFLOW_TOKEN, or unset it and set AIRFLOW_USERNAME and"
            + " AIRFLOW_PASSWORD so a token is obtained for each command", null);
  }

  public static UserException forbidden(String action, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Airflow refused to " + action,
        "the user is not allowed to do this on that DAG (Airflow said: " + detail + ")",
        "Ask an Airflow admin to give this user access to the DAG (a role with DAG run permissions),"
            + " or use another account", null);
  }

  public static UserException notFound(String action, String missing, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Cannot " + action,
        missing + " (Airflow said: " + detail + ")",
        "Check the DAG id (is the DAG file deployed and free of import errors?) and the run id"
            + " (`npcwh airflow trigger` prints it)", null);
  }

  /**
   * A 409 on trigger: the run id is taken, or (Airflow 3 keeps {@code UNIQUE(dag_id, logical_date)})
   * the month already has a run, which another run id cannot get round.
   */
  public static UserException runExists(String dagId, String runId, String month, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Cannot trigger DAG '" + dagId + "' for " + month,
        "the month already has a run (Airflow keeps one run per DAG and logical date), or a run"
            + " with id '" + runId + "' exists (Airflow said: " + detail + ")",
        "Run the month again with `npcwh airflow rerun --dag " + dagId + " --month " + month
            + "`, which clears its run", null);
  }

  public static UserException noRunOfMonth(String dagId, String month) {
    return new UserException(ExitCode.AIRFLOW, "Cannot rerun " + month + " of DAG '" + dagId + "'",
        "Airflow has no run of that DAG with a logical date in " + month + " (Asia/Shanghai)",
        "Trigger the month with `npcwh airflow trigger --dag " + dagId + " --period " + month + "`",
        null);
  }

  public static UserException severalRunsOfMonth(String dagId, String month, List<String> runIds) {
    return Errors.badInput("Cannot tell which run of " + month + " of DAG '" + dagId + "' to rerun",
        "Airflow holds " + runIds.size() + " runs with a logical date in that month: "
            + String.join(", ", runIds),
        "Choose one with --run-id");
  }

  public static UserException backfillConflict(String dagId, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Cannot create a backfill of DAG '" + dagId + "'",
        "Airflow reports a conflict, usually a backfill of this DAG that is still running (Airflow"
            + " said: " + detail + ")",
        "Wait for that backfill to finish, or cancel it in the Airflow UI, then run the command again",
        null);
  }

  public static UserException refused(String action, int status, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Airflow refused to " + action,
        "it answered HTTP " + status + ": " + detail,
        "Fix what Airflow reports and run the command again (the API server's log has more)", null);
  }

  public static UserException unexpectedAnswer(String action, String why, Throwable cause) {
    return new UserException(ExitCode.AIRFLOW, "Airflow's answer to " + action + " cannot be read",
        why, "Check that --url points to an Airflow 3 API server (REST API v2)", cause);
  }

  public static UserException needsMonths(String given) {
    return Errors.badInput("'" + given + "' cannot be run in Airflow",
        "the Airflow pipeline runs one calendar month at a time",
        "Give a month such as 2023-06 (use --from and --to for a range of months)");
  }

  public static UserException runFailed(String dagId, String runId, String month,
      List<String> failedTasks) {
    return new UserException(ExitCode.AIRFLOW, "Run '" + runId + "' of DAG '" + dagId + "' failed",
        failedTasks.isEmpty() ? "Airflow marked the run failed"
            : "failed task(s): " + String.join(", ", failedTasks),
        "Read the failed task's log in the Airflow UI, fix the cause, then run the failed tasks"
            + " again with `npcwh airflow rerun --dag " + dagId + " --month " + month
            + " --only-failed`", null);
  }

  public static UserException waitTimedOut(String dagId, String runId, Duration timeout,
      String state) {
    return new UserException(ExitCode.AIRFLOW, "Stopped waiting for run '" + runId + "' of DAG '"
        + dagId + "' after " + timeout.toString().substring(2).toLowerCase(Locale.ROOT),
        "it is still " + state + " and keeps running in Airflow",
        "Wait again with `npcwh airflow wait --run-id " + runId + "` (a longer --timeout helps) or"
            + " follow it in the Airflow UI", null);
  }
}
