package org.npcwh.core.error;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where user-facing errors are worded. Each says what went wrong, why, and what to
 * do about it. Stage modules add their own factory methods here rather than composing messages
 * where they throw; the Airflow client's and pull's many errors are in {@link AirflowErrors} and
 * {@link PullErrors} beside this class, so that no file grows past reading.
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

  /** Exit code of its own: a master that is down may be up again later, so a scheduler may retry it. */
  public static UserException sparkMasterUnreachable(String master, String why) {
    return new UserException(ExitCode.SPARK_MASTER, "Cannot reach the Spark master " + master, why,
        "Check the --master URL (spark://HOST:PORT, several standby masters as spark://H1:PORT,H2:PORT) and that"
            + " the master is running, or use --master local[*] to run Spark inside this process", null);
  }

  /**
   * Exit code of its own: the same command needs a larger heap, which a retry alone does not give it.
   *
   * @param maxHeapBytes the JVM's heap cap ({@code Runtime.maxMemory()})
   */
  public static UserException outOfMemory(long maxHeapBytes, Throwable cause) {
    return new UserException(ExitCode.OUT_OF_MEMORY, "Ran out of memory",
        "the JVM's heap (at most " + gigabytes(maxHeapBytes) + ") is too small for this data", GIVE_MORE_HEAP, cause);
  }

  /** The same exit code: Spark refuses to start with less heap than it reserves for itself. */
  public static UserException heapTooSmallForSpark(long maxHeapBytes, long sparkMinimumBytes, Throwable cause) {
    return new UserException(ExitCode.OUT_OF_MEMORY, "Spark cannot start in this JVM",
        "its heap (at most " + gigabytes(maxHeapBytes) + ") is below the " + gigabytes(sparkMinimumBytes)
            + " Spark needs before any data", GIVE_MORE_HEAP, cause);
  }

  private static final String GIVE_MORE_HEAP = "Give it more and run the command again: NPCWH_JAVA_OPTS=-Xmx4g npcwh …"
      + " (the launcher's default is 1 GB; with spark-submit, --driver-memory and spark.executor.memory)";

  private static String gigabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
  }

  public static UserException sparkMasterInvalid(String master, String why) {
    return badInput("'" + master + "' is not a usable Spark master URL", why,
        "Write it as spark://HOST:PORT (the standalone master's port, usually 7077), or use local[*]");
  }

  // ---- Periods and check settings (module checks) ------------------------------------------------

  public static UserException periodBeforeFirstData(List<String> periods, YearMonth firstMonth,
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
    return badInput("The configuration file " + file + " cannot be used", problem, todo);
  }

  public static UserException noSuchDirectory(String role, Path path) {
    return badInput("The " + role + " " + path + " cannot be used",
        "it does not exist or is not a directory",
        "Check the path (relative paths are resolved from " + Path.of("").toAbsolutePath() + ")");
  }

  /** A warehouse URI of Hadoop's file systems (hdfs://…) that names no folder. */
  public static UserException noSuchWarehouse(String uri) {
    return badInput("The warehouse " + uri + " cannot be used", "it does not exist or is not a directory",
        "Check the URI, and put the raw layer there first (README, \"Where the warehouse lives\")");
  }

  public static UserException unreadable(Path path, Throwable cause) {
    return unreadable(path.toString(), cause);
  }

  /** As {@link #unreadable(Path, Throwable)}, for a location given as text (a Hadoop URI such as hdfs://…). */
  public static UserException unreadable(String location, Throwable cause) {
    return badInput("Cannot read " + location,
        cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"),
        "Check that the file exists and that this user may read it, then run again", cause);
  }

  public static UserException unwritable(Path path, Throwable cause) {
    return unwritable(path.toString(), cause);
  }

  /** As {@link #unwritable(Path, Throwable)}, for a location given as text (a Hadoop URI such as hdfs://…). */
  public static UserException unwritable(String location, Throwable cause) {
    return badInput("Cannot write under " + location,
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
    List<String> what = new ArrayList<>();
    List<String> why = new ArrayList<>();
    List<String> todo = new ArrayList<>();
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

  public static UserException noRawLayer(String raw) {
    return badInput("There is nothing to transform under " + raw,
        "the raw layer folder does not exist, so no batch has been ingested into this warehouse",
        "Run `npcwh ingest` for this warehouse first (or check the --warehouse path)");
  }

  // ---- The warehouse's own state -------------------------------------------------------------

  /** A warehouse on Hadoop's file systems, whose lock is a file that a killed run leaves behind. */
  public static UserException warehouseLockFileHeld(String lockFile, String holder) {
    return new UserException(ExitCode.WAREHOUSE_BUSY, "The warehouse's lock " + lockFile + " is taken",
        "another npcwh transform writes this warehouse: " + holder + "; one writer at a time keeps runs from mixing",
        "Wait for that transform to finish and run again; if it no longer runs (it was killed), delete the"
            + " lock file and run again", null);
  }

  public static UserException warehouseBusy(Path warehouse, String holder) {
    return new UserException(ExitCode.WAREHOUSE_BUSY, "The warehouse " + warehouse + " is in use",
        "another npcwh command writes it: " + holder + "; one writer at a time keeps runs from mixing",
        "Wait for that command to finish and run again (a lock whose process has died is free:"
            + " no clean-up is needed)", null);
  }
}
