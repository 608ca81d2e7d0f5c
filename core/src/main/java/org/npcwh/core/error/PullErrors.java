package org.npcwh.core.error;

import java.nio.file.Path;

/**
 * The errors of pull (module pull), the JDBC extraction from the upstream databases: they name the
 * source (and dataset); callers pass text already stripped of credentials. Apart from {@link Errors}
 * only to keep each file small.
 */
public final class PullErrors {
  private PullErrors() {}

  // Messages name the source (and dataset); callers pass text already stripped of credentials.

  public static UserException definitionInvalid(Path definition, String problem, String todo) {
    return Errors.badInput("The source definition " + definition + " cannot be used", problem, todo);
  }

  public static UserException sourceNotFound(String name, Path definitionsDir, String variable) {
    return Errors.badInput("There is no source definition '" + name + "'",
        "neither a file " + name + " nor " + definitionsDir.resolve(name + ".json") + " exists",
        "Give the path of a definition file, or put " + name + ".json into the definitions folder (--sources-dir,"
            + " else the environment variable " + variable + ", else sources in the configuration file; default"
            + " ./sources)");
  }

  public static UserException credentialsMissing(String source, String what, String todo) {
    return Errors.badInput("No credentials for source '" + source + "'", what, todo);
  }

  public static UserException noDriver(String source, String url) {
    return Errors.badInput("Source '" + source + "': no JDBC driver accepts the URL " + url,
        "the URL is misspelt, or the driver of that database is not on the class path (npcwh bundles the"
            + " PostgreSQL driver only)",
        "Check jdbc_url in the source definition; for MySQL or MariaDB put the Connector/J or MariaDB driver"
            + " jar into the launcher's lib folder");
  }

  public static UserException sourceUnreachable(String source, String url, String detail) {
    return new UserException(ExitCode.SOURCE, "Cannot connect to source '" + source + "' at " + url,
        detail, "Check jdbc_url (host, port, database name) and that the database server is running and"
            + " reachable from this machine, then pull again", null);
  }

  public static UserException loginRejected(String source, String user, String detail) {
    return new UserException(ExitCode.SOURCE, "Source '" + source + "' rejected the login of user '" + user + "'",
        "the user name or password is wrong, or the user may not connect (the database said: " + detail + ")",
        "Check the credentials named in the source definition (environment variables or secrets file)", null);
  }

  public static UserException datasetMismatch(String source, String dataset, String problem) {
    return Errors.badInput("Source '" + source + "', dataset " + dataset + ": cannot be pulled", problem,
        "Fix the dataset's table, query or columns in the source definition (or the source's schema),"
            + " then pull again; nothing was written for this source");
  }

  public static UserException connectionLost(String source, String dataset, long rowsRead, String detail) {
    return new UserException(ExitCode.SOURCE, "Source '" + source + "', dataset " + dataset
        + ": the connection was lost after " + rowsRead + " rows", detail
        + "; the partial batch was discarded and its watermark not committed",
        "Pull again: the next pull repeats the same window, so nothing is lost or doubled", null);
  }

  public static UserException readFailed(String source, String dataset, String detail) {
    return new UserException(ExitCode.SOURCE, "Source '" + source + "', dataset " + dataset
        + ": reading failed", detail + "; the partial batch was discarded and its watermark not committed",
        "Fix the cause the database names, then pull again", null);
  }

  public static UserException alreadyRunning(String source, Path lockFile) {
    return Errors.badInput("Another pull of source '" + source + "' is running",
        "it holds the lock " + lockFile, "Wait for it to finish, then pull again");
  }

  public static UserException stateUnreadable(Path stateFile, String detail) {
    return Errors.badInput("The pull state " + stateFile + " cannot be read", detail,
        "Restore it from a backup, or remove it to pull every incremental dataset in full once"
            + " (ingest keeps the latest version per key, so nothing is doubled)");
  }
}
