package org.npcwh.airflow;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The spec's {@code BackfillPostBody}: Airflow creates one run per scheduled logical date between
 * {@code from_date} and {@code to_date}, both included. Every field is sent, so Airflow's defaults
 * (max 10 active runs, reprocess none) never apply silently.
 */
public record BackfillRequest(
    String dagId,
    OffsetDateTime fromDate,
    OffsetDateTime toDate,
    boolean runBackwards,
    Map<String, Object> dagRunConf,
    ReprocessBehavior reprocessBehavior,
    int maxActiveRuns) {

  public BackfillRequest {
    dagRunConf = Map.copyOf(dagRunConf);
    if (maxActiveRuns < 1) {
      throw new IllegalArgumentException("max_active_runs must be at least 1, not " + maxActiveRuns);
    }
  }
}
