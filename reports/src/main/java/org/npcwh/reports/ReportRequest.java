package org.npcwh.reports;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.npcwh.core.period.Period;

/**
 * What to render: the period (its grain picks the monthly, quarterly or annual template), the
 * formats, the bursting and the folder the files go to.
 */
public record ReportRequest(Period period, Set<ReportFormat> formats, Burst burst, Path outDir) {
  public ReportRequest {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(burst, "burst");
    Objects.requireNonNull(outDir, "outDir");
    formats = Set.copyOf(formats);
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("at least one report format is needed");
    }
  }
}
