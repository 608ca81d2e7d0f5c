package org.npcwh.airflow;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The spec's {@code DagRunState}: queued, running, success, failed. */
public enum DagRunState {
  QUEUED,
  RUNNING,
  SUCCESS,
  FAILED;

  /** Success and failed are final; Airflow no longer changes the run by itself. */
  public boolean isTerminal() {
    return this == SUCCESS || this == FAILED;
  }

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
