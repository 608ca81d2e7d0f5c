package org.npcwh.core.error;

/** The process exit codes of {@code npcwh}, documented in {@code npcwh --help}. */
public enum ExitCode {
  OK(0, "success"),
  INTERNAL(1, "internal error (a bug: rerun with --verbose and report it)"),
  USAGE(2, "wrong command line"),
  BAD_INPUT(3, "bad input: a path, landing zone, manifest or configuration that cannot be used"),
  CHECKS_FAILED(4, "data-quality checks failed: nothing was published for that period"),
  AIRFLOW(5, "Airflow could not be reached, refused the request, or the DAG run failed"),
  SOURCE(6, "a source database could not be reached, refused the login, or failed while being pulled"),
  WAREHOUSE_BUSY(7, "the warehouse is in use by another npcwh command: run again when it has finished"),
  SPARK_MASTER(8, "the Spark master could not be reached"),
  OUT_OF_MEMORY(9, "the JVM ran out of memory: give it more (e.g. NPCWH_JAVA_OPTS=-Xmx4g) and run again");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
