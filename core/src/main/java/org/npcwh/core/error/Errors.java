package org.npcwh.core.error;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The one place where user-facing errors are worded. Each says what went wrong, why, and what to
 * do about it. Stage modules add their own factory methods here rather than composing messages
 * where they throw.
 */
public final class Errors {
  private Errors() {}

  /** Input the user can fix: a path, a landing zone, a manifest, a configuration value. */
  public static UserException badInput(String what, String why, String todo) {
    return new UserException(ExitCode.BAD_INPUT, what, why, todo, null);
  }

  public static UserException badInput(String what, String why, String todo, Throwable cause) {
    return new UserException(ExitCode.BAD_INPUT, what, why, todo, cause);
  }

  public static UserException checksFailed(String what, String why, String todo) {
    return new UserException(ExitCode.CHECKS_FAILED, what, why, todo, null);
  }

  // ---- Spark master (module transform) ------------------------------------------------------------

  public static UserException sparkMasterUnreachable(String master, String why) {
    return badInput("Cannot reach the Spark master " + master, why,
        "Check the --master URL (spark://HOST:PORT, several standby masters as spark://H1:PORT,H2:PORT) and that"
            + " the master is running, or use --master local[*] to run Spark inside this process");
  }

  public static UserException sparkMasterInvalid(String master, String why) {
    return badInput("'" + master + "' is not a usable Spark master URL", why,
        "Write it as spark://HOST:PORT (the standalone master's port, usually 7077), or use local[*]");
  }

  // ---- Periods and check settings (module checks) ------------------------------------------------

  public static UserException periodBeforeFirstData(List<String> periods, java.time.YearMonth firstMonth,
      String firstEvent) {
    return badInput("No figures can be computed for " + String.join(", ", periods),
        (periods.size() == 1 ? "the period ends" : "these periods end") + " before the first data of the"
            + " warehouse: the earliest event in the ingested sources is " + firstEvent + ", in " + firstMonth
            + ", and a period before it would be published with zeros that mean 'no data', not 'nothing happened'",
        "Ask for periods from " + firstMonth + " on (e.g. --from " + firstMonth + " --to …), or ingest the"
            + " sources' history first");
  }

  public static UserException noEventData(List<String> periods, List<String> eventDatasets) {
    return badInput("No figures can be computed for " + String.join(", ", periods),
        "the warehouse holds no event yet (no row of " + String.join(", ", eventDatasets) + " has been ingested)",
        "Run `npcwh ingest` on a landing zone that holds these sources' extracts first");
  }

  public static UserException settingsFileInvalid(Path file, String problem, String todo) {
    return badInput("The settings file " + file + " cannot be used", problem, todo);
  }

  // ---- Airflow (module airflow-client): the REST API of Airflow 3 -------------------------------

  public static UserException airflowUrlMissing(String variable) {
    return badInput("No Airflow URL is configured",
        "the command talks to Airflow's API server, and neither --url nor the environment variable "
            + variable + " gives its address",
        "Pass --url http://HOST:8080 or set " + variable);
  }

  public static UserException airflowBadUrl(String url, String why) {
    return badInput("'" + url + "' is not a usable Airflow URL", why,
        "Give the API server's base address, e.g. http://localhost:8080 (without /api/v2)");
  }

  public static UserException airflowCredentialsMissing(String tokenVariable, String userVariable,
      String passwordVariable) {
    return badInput("No Airflow credentials are configured",
        "Airflow's REST API needs a bearer token: either " + tokenVariable + ", or " + userVariable
            + " and " + passwordVariable + " to obtain one from /auth/token",
        "Set " + tokenVariable + ", or both " + userVariable + " and " + passwordVariable);
  }

  public static UserException airflowUnreachable(URI url, String why, Throwable cause) {
    return new UserException(ExitCode.AIRFLOW, "Cannot reach Airflow at " + url, why,
        "Check that Airflow's API server is running (`airflow api-server`) and that --url or"
            + " AIRFLOW_URL points to it", cause);
  }

  public static UserException airflowLoginRejected(URI url, String username, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Airflow at " + url + " rejected the login of user '"
        + username + "'", "the user name or password is wrong (Airflow said: " + detail + ")",
        "Check AIRFLOW_USERNAME and AIRFLOW_PASSWORD", null);
  }

  public static UserException airflowTokenRejected(URI url, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Airflow at " + url + " rejected the bearer token",
        "the token is invalid or has expired (Airflow said: " + detail + ")",
        "Get a fresh token and set AIRFLOW_TOKEN, or unset it and set AIRFLOW_USERNAME and"
            + " AIRFLOW_PASSWORD so a token is obtained for each command", null);
  }

  public static UserException airflowForbidden(String action, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Airflow refused to " + action,
        "the user is not allowed to do this on that DAG (Airflow said: " + detail + ")",
        "Ask an Airflow admin to give this user access to the DAG (a role with DAG run permissions),"
            + " or use another account", null);
  }

  public static UserException airflowNotFound(String action, String missing, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Cannot " + action,
        missing + " (Airflow said: " + detail + ")",
        "Check the DAG id (is the DAG file deployed and free of import errors?) and the run id"
            + " (`npcwh airflow trigger` prints it)", null);
  }

  public static UserException airflowRunExists(String dagId, String runId, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Cannot trigger DAG '" + dagId + "'",
        "a run with id '" + runId + "' or for the same month already exists (Airflow said: " + detail
            + ")",
        "Look at the existing run with `npcwh airflow status --run-id " + runId + "`, or pass another"
            + " --run-id", null);
  }

  public static UserException airflowBackfillConflict(String dagId, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Cannot create a backfill of DAG '" + dagId + "'",
        "Airflow reports a conflict, usually a backfill of this DAG that is still running (Airflow"
            + " said: " + detail + ")",
        "Wait for that backfill to finish, or cancel it in the Airflow UI, then run the command again",
        null);
  }

  public static UserException airflowRefused(String action, int status, String detail) {
    return new UserException(ExitCode.AIRFLOW, "Airflow refused to " + action,
        "it answered HTTP " + status + ": " + detail,
        "Fix what Airflow reports and run the command again (the API server's log has more)", null);
  }

  public static UserException airflowUnexpectedAnswer(String action, String why, Throwable cause) {
    return new UserException(ExitCode.AIRFLOW, "Airflow's answer to " + action + " cannot be read",
        why, "Check that --url points to an Airflow 3 API server (REST API v2)", cause);
  }

  public static UserException airflowNeedsMonths(String given) {
    return badInput("'" + given + "' cannot be run in Airflow",
        "the Airflow pipeline runs one calendar month at a time",
        "Give a month such as 2023-06 (use --from and --to for a range of months)");
  }

  public static UserException airflowRunFailed(String dagId, String runId, List<String> failedTasks) {
    return new UserException(ExitCode.AIRFLOW, "Run '" + runId + "' of DAG '" + dagId + "' failed",
        failedTasks.isEmpty() ? "Airflow marked the run failed"
            : "failed task(s): " + String.join(", ", failedTasks),
        "Read the failed task's log in the Airflow UI, fix the cause, then clear the task in Airflow"
            + " or trigger the month again", null);
  }

  public static UserException airflowWaitTimedOut(String dagId, String runId, Duration timeout,
      String state) {
    return new UserException(ExitCode.AIRFLOW, "Stopped waiting for run '" + runId + "' of DAG '"
        + dagId + "' after " + timeout.toString().substring(2).toLowerCase(Locale.ROOT),
        "it is still " + state + " and keeps running in Airflow",
        "Wait again with `npcwh airflow wait --run-id " + runId + "` (a longer --timeout helps) or"
            + " follow it in the Airflow UI", null);
  }

  public static UserException noSuchDirectory(String role, Path path) {
    return badInput("The " + role + " " + path + " cannot be used",
        "it does not exist or is not a directory",
        "Check the path (relative paths are resolved from " + Path.of("").toAbsolutePath() + ")");
  }

  public static UserException unreadable(Path path, Throwable cause) {
    return badInput("Cannot read " + path,
        cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"),
        "Check that the file exists and that this user may read it, then run again", cause);
  }

  public static UserException unwritable(Path path, Throwable cause) {
    return badInput("Cannot write under " + path,
        cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"),
        "Check that the warehouse directory is writable and the disk is not full, then run again", cause);
  }

  /**
   * The end of an ingest that did all it could but left part of the landing zone out.
   *
   * @param rejected {@code dataset/batch_id} of each rejected batch
   * @param unknownFolders each landing folder that is no dataset, with the name it may have meant
   * @param datasetNames every dataset name of the contract
   */
  public static UserException landingNotWhollyIngested(List<String> rejected, List<String> unknownFolders,
      List<String> datasetNames) {
    List<String> what = new java.util.ArrayList<>();
    List<String> why = new java.util.ArrayList<>();
    List<String> todo = new java.util.ArrayList<>();
    if (!rejected.isEmpty()) {
      what.add(rejected.size() + " batch(es) of the landing zone were rejected (" + String.join(", ", rejected) + ")");
      why.add("their files do not match their manifests, the manifest is malformed, a file is not a regular file"
          + " of its batch folder, or a batch id already ingested came again with other files (reasons listed"
          + " above); nothing of them was published, and an earlier ingested version of a batch stays as it is");
      todo.add("Have the source system deliver a damaged batch again under the same batch id (rejected batches are"
          + " retried on every ingest) and changed data under a new batch id");
    }
    if (!unknownFolders.isEmpty()) {
      what.add(unknownFolders.size() + " landing folder(s) are not datasets of the source contract ("
          + String.join(", ", unknownFolders) + ")");
      why.add("ingest reads only folders named after a dataset (" + String.join(", ", datasetNames)
          + ") and left these alone");
      todo.add((todo.isEmpty() ? "Rename" : "rename") + " each to its dataset's name, or move it out of the landing"
          + " zone (folders whose name starts with . or _ are ignored)");
    }
    return badInput(String.join(", and ", what), String.join("; ", why) + "; every other batch was ingested",
        String.join("; ", todo));
  }

  public static UserException noDatasetFolder(Path landing, List<String> folders, List<String> datasetNames) {
    String found = folders.isEmpty() ? "it holds no folder at all"
        : "its folders (" + String.join(", ", folders.subList(0, Math.min(folders.size(), 8)))
            + (folders.size() > 8 ? " and " + (folders.size() - 8) + " more" : "") + ") are none of them";
    return badInput("The landing zone " + landing + " holds no dataset folder of the source contract",
        "ingest reads batches from <landing>/<dataset>/<batch_id>/, with a dataset one of "
            + String.join(", ", datasetNames) + "; " + found + ". Nothing was ingested",
        "Check --landing: it must be the folder that holds the dataset folders (`npcwh sample` writes an example)");
  }

  public static UserException missingPiiKey(String variable) {
    return badInput("No pseudonymisation key is configured",
        "residents' names and phone numbers are replaced by a keyed hash, and the key is read from the"
            + " environment variable " + variable + ", which is unset or shorter than 16 characters",
        "Set " + variable + " to a secret of at least 16 characters (keep it out of version control;"
            + " the same key must be used for every run, or pseudonyms will not match across runs)");
  }

  // ---- Analysts' warehouse (module warehouse): warehouse.duckdb and `npcwh query` ----------------

  public static UserException warehouseNotPublished(Path database) {
    return badInput("There is no analysts' database at " + database,
        "warehouse.duckdb is created when the warehouse is published",
        "Run `npcwh publish` (or a whole run) on this warehouse folder first, or check the --warehouse path");
  }

  public static UserException queryRefused(String why) {
    return badInput("The query was refused",
        why + "; `npcwh query` runs exactly one read-only query (SELECT, WITH, FROM, VALUES, TABLE,"
            + " DESCRIBE, SHOW, SUMMARIZE or EXPLAIN) and nothing that writes or changes settings",
        "Rewrite it as one such query (table functions: use SELECT * FROM f(...) instead of CALL);"
            + " the warehouse itself is changed only by the pipeline's commands");
  }

  public static UserException queryFailed(String duckdbMessage, Throwable cause) {
    return badInput("The query failed", "DuckDB said: " + duckdbMessage.strip(),
        "Fix the query: SHOW TABLES lists the views, DESCRIBE <view> their columns, and"
            + " SELECT * FROM duckdb_columns() their documentation", cause);
  }

  public static UserException viewNotPublishable(String view, String duckdbMessage, Throwable cause) {
    return badInput("Cannot publish the view " + view + " of warehouse.duckdb",
        "its Parquet files do not have the agreed columns and types (DuckDB said: " + duckdbMessage.strip() + ")",
        "Rerun the stage that writes them (`npcwh ingest` or `npcwh transform`) with this version of npcwh,"
            + " then publish again", cause);
  }

  public static UserException noRawLayer(Path raw) {
    return badInput("There is nothing to transform under " + raw,
        "the raw layer folder does not exist, so no batch has been ingested into this warehouse",
        "Run `npcwh ingest` for this warehouse first (or check the --warehouse path)");
  }

  // ---- Pull (module pull): JDBC extraction from the upstream databases --------------------------
  // Messages name the source (and dataset); callers pass text already stripped of credentials.

  public static UserException pullDefinitionInvalid(Path definition, String problem, String todo) {
    return badInput("The source definition " + definition + " cannot be used", problem, todo);
  }

  public static UserException pullSourceNotFound(String name, Path definitionsDir, String variable) {
    return badInput("There is no source definition '" + name + "'",
        "neither a file " + name + " nor " + definitionsDir.resolve(name + ".json") + " exists",
        "Give the path of a definition file, or put " + name + ".json into the definitions folder (environment"
            + " variable " + variable + ", default ./sources)");
  }

  public static UserException pullCredentialsMissing(String source, String what, String todo) {
    return badInput("No credentials for source '" + source + "'", what, todo);
  }

  public static UserException pullNoDriver(String source, String url) {
    return badInput("Source '" + source + "': no JDBC driver accepts the URL " + url,
        "the URL is misspelt, or the driver of that database is not on the class path (npcwh bundles the"
            + " PostgreSQL driver only)",
        "Check jdbc_url in the source definition; for MySQL or MariaDB put the Connector/J or MariaDB driver"
            + " jar into the launcher's lib folder");
  }

  public static UserException pullSourceUnreachable(String source, String url, String detail) {
    return new UserException(ExitCode.SOURCE, "Cannot connect to source '" + source + "' at " + url,
        detail, "Check jdbc_url (host, port, database name) and that the database server is running and"
            + " reachable from this machine, then pull again", null);
  }

  public static UserException pullLoginRejected(String source, String user, String detail) {
    return new UserException(ExitCode.SOURCE, "Source '" + source + "' rejected the login of user '" + user + "'",
        "the user name or password is wrong, or the user may not connect (the database said: " + detail + ")",
        "Check the credentials named in the source definition (environment variables or secrets file)", null);
  }

  public static UserException pullDatasetMismatch(String source, String dataset, String problem) {
    return badInput("Source '" + source + "', dataset " + dataset + ": cannot be pulled", problem,
        "Fix the dataset's table, query or columns in the source definition (or the source's schema),"
            + " then pull again; nothing was written for this source");
  }

  public static UserException pullConnectionLost(String source, String dataset, long rowsRead, String detail) {
    return new UserException(ExitCode.SOURCE, "Source '" + source + "', dataset " + dataset
        + ": the connection was lost after " + rowsRead + " rows", detail
        + "; the partial batch was discarded and its watermark not committed",
        "Pull again: the next pull repeats the same window, so nothing is lost or doubled", null);
  }

  public static UserException pullReadFailed(String source, String dataset, String detail) {
    return new UserException(ExitCode.SOURCE, "Source '" + source + "', dataset " + dataset
        + ": reading failed", detail + "; the partial batch was discarded and its watermark not committed",
        "Fix the cause the database names, then pull again", null);
  }

  public static UserException pullAlreadyRunning(String source, Path lockFile) {
    return badInput("Another pull of source '" + source + "' is running",
        "it holds the lock " + lockFile, "Wait for it to finish, then pull again");
  }

  public static UserException pullStateUnreadable(Path stateFile, String detail) {
    return badInput("The pull state " + stateFile + " cannot be read", detail,
        "Restore it from a backup, or remove it to pull every incremental dataset in full once"
            + " (ingest keeps the latest version per key, so nothing is doubled)");
  }

  // ---- The warehouse's own state -------------------------------------------------------------

  public static UserException warehouseBusy(Path warehouse, String holder) {
    return new UserException(ExitCode.WAREHOUSE_BUSY, "The warehouse " + warehouse + " is in use",
        "another npcwh command writes it: " + holder + "; one writer at a time keeps runs from mixing",
        "Wait for that command to finish and run again (a lock whose process has died is free:"
            + " no clean-up is needed)", null);
  }
}
