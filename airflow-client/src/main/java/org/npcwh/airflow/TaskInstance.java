package org.npcwh.airflow;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The fields of the spec's {@code TaskInstanceResponse} that this project reads. {@code state} is
 * kept as text: the spec allows null and a dozen values (scheduled, up_for_retry, upstream_failed,
 * ...), and the client only shows them.
 */
public record TaskInstance(
    String taskId,
    String dagId,
    String dagRunId,
    Integer mapIndex,
    String state,
    Integer tryNumber,
    Integer maxTries,
    OffsetDateTime startDate,
    OffsetDateTime endDate,
    Double duration) {

  /** The spec's {@code TaskInstanceCollectionResponse}. */
  public record Collection(List<TaskInstance> taskInstances, int totalEntries) {}

  /** The state as shown to people: Airflow's null (not yet scheduled) reads as "none". */
  public String stateLabel() {
    return state == null ? "none" : state;
  }
}
