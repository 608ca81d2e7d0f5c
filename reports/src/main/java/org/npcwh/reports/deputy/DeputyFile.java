package org.npcwh.reports.deputy;

import java.util.List;
import java.util.Map;

/**
 * What one 一人一档 file shows: the deputy (name, level, district, station, group), the totals of the
 * header and the rows of its three tables (duty by type, suggestions led, letters sent) in the shape the
 * template reads: {@code section} 1–3 and the texts {@code c1}…{@code c7}, or a {@code note} for an empty table.
 */
record DeputyFile(String deputyId, String name, String level, String district, String station, String group,
    String pointsTotal, long receptions, List<Map<String, ?>> rows) {
  DeputyFile {
    rows = List.copyOf(rows);
  }
}
