package org.npcwh.airflow;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The spec's {@code ReprocessBehavior} of a backfill: which months that already have a run are run
 * again. {@code none} skips them, {@code failed} reruns failed ones, {@code completed} reruns all.
 */
public enum ReprocessBehavior {
  NONE,
  FAILED,
  COMPLETED;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
