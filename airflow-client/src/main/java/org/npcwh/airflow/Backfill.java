package org.npcwh.airflow;

import java.time.OffsetDateTime;
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
    OffsetDateTime updatedAt) {}
