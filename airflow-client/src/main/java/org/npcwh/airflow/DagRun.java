package org.npcwh.airflow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The fields of the spec's {@code DAGRunResponse} that this project reads; the others (dag_versions,
 * bundle_version, triggered_by, ...) are ignored.
 */
public record DagRun(
    String dagRunId,
    String dagId,
    OffsetDateTime logicalDate,
    OffsetDateTime queuedAt,
    OffsetDateTime startDate,
    OffsetDateTime endDate,
    Double duration,
    OffsetDateTime dataIntervalStart,
    OffsetDateTime dataIntervalEnd,
    OffsetDateTime runAfter,
    String runType,
    DagRunState state,
    Map<String, Object> conf,
    String note) {

  /** The spec's {@code DAGRunCollectionResponse}. */
  public record Collection(List<DagRun> dagRuns, int totalEntries) {}
}
