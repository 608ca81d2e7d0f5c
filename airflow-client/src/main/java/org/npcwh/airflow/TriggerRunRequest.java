package org.npcwh.airflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The spec's {@code TriggerDAGRunPostBody}. The schema forbids unknown fields and requires
 * {@code logical_date} (which may be null); the optional fields are left out when null. The data
 * interval must be given as both ends or neither, with time zones (pydantic {@code AwareDatetime}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TriggerRunRequest(
    String dagRunId,
    OffsetDateTime dataIntervalStart,
    OffsetDateTime dataIntervalEnd,
    @JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime logicalDate,
    Map<String, Object> conf,
    String note) {

  public TriggerRunRequest {
    if ((dataIntervalStart == null) != (dataIntervalEnd == null)) {
      throw new IllegalArgumentException("give both ends of the data interval or neither");
    }
    conf = conf == null ? null : Map.copyOf(conf);
  }
}
