package org.npcwh.samples.world;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The time the sample covers and when its batches are extracted. Nothing here reads the clock:
 * every date is fixed so the same seed always gives the same bytes.
 */
public final class SampleCalendar {
  public static final YearMonth FIRST_MONTH = YearMonth.of(2022, 1);
  public static final YearMonth LAST_MONTH = YearMonth.of(2023, 6);
  public static final LocalDate FIRST_DAY = FIRST_MONTH.atDay(1);
  public static final LocalDate LAST_DAY = LAST_MONTH.atEndOfMonth();
  /** Nothing that happens after this moment has been extracted yet. */
  public static final LocalDateTime DATA_END = LAST_DAY.atTime(23, 59, 59);
  /** Incremental extracts run at 02:00 on the first day of the next month. */
  private static final LocalTime INCREMENTAL_RUN = LocalTime.of(2, 0);
  /** Reference snapshots run at 01:00 on the first day of each quarter. */
  private static final LocalTime SNAPSHOT_RUN = LocalTime.of(1, 0);

  private SampleCalendar() {}

  public static List<YearMonth> months() {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = FIRST_MONTH; !m.isAfter(LAST_MONTH); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  /** When the incremental batch holding the changes of {@code month} is extracted. */
  public static LocalDateTime incrementalExtraction(YearMonth month) {
    return month.plusMonths(1).atDay(1).atTime(INCREMENTAL_RUN);
  }

  /** The quarterly full snapshots, 2022-01-01 to 2023-07-01, the last one after the covered time. */
  public static List<LocalDateTime> snapshotExtractions() {
    List<LocalDateTime> out = new ArrayList<>();
    for (YearMonth m = FIRST_MONTH; !m.isAfter(LAST_MONTH.plusMonths(1)); m = m.plusMonths(3)) {
      out.add(m.atDay(1).atTime(SNAPSHOT_RUN));
    }
    return out;
  }

  public static List<LocalDate> days() {
    return FIRST_DAY.datesUntil(LAST_DAY.plusDays(1)).toList();
  }
}
