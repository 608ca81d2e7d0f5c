package org.npcwh.airflow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The spec's {@code BackfillResponse}. */
public record Backfill(
    long id,
    String dagId,
    OffsetDateTime fromDate,
    OffsetDateTime toDate,
    Map<String, Object> dagRunConf,
    boolean isPaused,
    ReprocessBehavior reprocessBehavior,
    int maxActiveRuns,
    OffsetDateTime createdAt,
    OffsetDateTime completedAt,
    OffsetDateTime updatedAt) {

  /** The spec's {@code DryRunBackfillCollectionResponse}: the runs a backfill would create. */
  public record DryRun(List<Run> backfills, int totalEntries) {
    /** The spec's {@code DryRunBackfillResponse}. */
    public record Run(OffsetDateTime logicalDate) {}
  }
}
