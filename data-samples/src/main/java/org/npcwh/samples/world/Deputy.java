package org.npcwh.samples.world;

import java.time.LocalDate;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.Row;

/** A deputy with the whole term the sample knows. */
public record Deputy(
    String id,
    String name,
    String level,
    String districtCode,
    String platformId,
    String professionalGroup,
    LocalDate termStart,
    LocalDate termEnd) {

  /** The metric contract's "serving at": term started and not ended before the day. */
  public boolean servingAt(LocalDate day) {
    return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day));
  }

  public boolean knownAt(LocalDate snapshotDay) {
    return termStart.isBefore(snapshotDay);
  }

  public Row row(LocalDate snapshotDay) {
    return Row.of(SourceDataset.DEPUTIES)
        .set("deputy_id", id)
        .set("name", name)
        .set("level", level)
        .set("district_code", districtCode)
        .set("platform_id", platformId)
        .set("professional_group", professionalGroup)
        .set("term_start", termStart)
        .set("term_end", termEnd != null && termEnd.isBefore(snapshotDay) ? termEnd : null);
  }
}
