package org.npcwh.airflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.npcwh.core.error.AirflowErrors;
import org.npcwh.core.error.Errors;
import org.npcwh.core.period.Grain;
import org.npcwh.core.period.Period;

/**
 * How a calendar month of the warehouse maps onto Airflow's run dates. A triggered run gets exactly
 * the data interval and logical date the DAG's timetable gives that month's scheduled run, so
 * Airflow sees one run per month however it was started: a backfill with reprocess {@code none}
 * skips a month that was triggered, and a second trigger of a month is refused (409) instead of
 * processing it twice.
 */
public final class MonthlyRuns {
  /**
   * The timetable of {@code dags/npc_monthly.py}: {@code CronDataIntervalTimetable("0 2 1 * *",
   * timezone=Asia/Shanghai)}, i.e. intervals from the 1st at 02:00 to the next 1st at 02:00 in
   * Shanghai, the logical date at the start. {@code MonthlyRunsTest} reads the DAG file's schedule
   * and fails when the two drift apart.
   */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The time of day of the timetable's cron ({@code "0 2 1 * *"}): minute 0, hour 2, on the 1st. */
  public static final LocalTime SCHEDULE_TIME = LocalTime.of(2, 0);
  /** The key of the run's {@code conf} that names the month, for people reading the run in the UI. */
  public static final String PERIOD_CONF_KEY = "period";

  private static final DateTimeFormatter RUN_ID_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private MonthlyRuns() {}

  /**
   * The trigger body for one month; {@code runId} may be null for one named after the month and
   * the trigger time ({@code npcwh__2023-06__20240102T030405}), which Airflow's default run-id
   * pattern accepts.
   */
  public static TriggerRunRequest trigger(Period month, String runId, OffsetDateTime now) {
    requireMonth(month);
    OffsetDateTime start = logicalDate(month);
    OffsetDateTime end = at(month.end().plusDays(1), SCHEDULE_TIME);
    String id = runId != null ? runId
        : "npcwh__" + month.label() + "__" + now.atZoneSameInstant(ZONE).format(RUN_ID_STAMP);
    return new TriggerRunRequest(id, start, end, start, Map.of(PERIOD_CONF_KEY, month.label()),
        "triggered by npcwh for " + month.label());
  }

  /**
   * The backfill body for the months {@code from}..{@code to}: Airflow includes both ends of
   * [from_date, to_date], so the range runs from the first month's first instant to the last
   * month's last second, and catches the one scheduled logical date of each month whatever hour
   * the schedule fires at.
   */
  public static BackfillRequest backfill(String dagId, Period from, Period to,
      ReprocessBehavior reprocess) {
    requireMonth(from);
    requireMonth(to);
    if (to.compareTo(from) < 0) {
      throw Errors.badInput("The months " + from + " to " + to + " cannot be backfilled",
          "the range ends before it starts", "Give --from before --to");
    }
    OffsetDateTime fromDate = startOfDay(from.start());
    OffsetDateTime toDate = startOfDay(to.end().plusDays(1)).minusSeconds(1);
    // One month at a time, oldest first: a month's figures compare with the month before.
    return new BackfillRequest(dagId, fromDate, toDate, false, Map.of(), reprocess, 1);
  }

  /** The logical date (and data interval start) of the month's run in the DAG's timetable. */
  public static OffsetDateTime logicalDate(Period month) {
    requireMonth(month);
    return at(month.start(), SCHEDULE_TIME);
  }

  /**
   * The first instant of the month in Shanghai. A run of the month has its logical date in
   * [{@code monthStart(m)}, {@code monthStart(m.next)}): runs triggered before the logical date
   * followed the timetable (at 00:00) are found that way too.
   */
  public static OffsetDateTime monthStart(Period month) {
    requireMonth(month);
    return startOfDay(month.start());
  }

  /** The first instant after the month in Shanghai. */
  public static OffsetDateTime monthEnd(Period month) {
    requireMonth(month);
    return startOfDay(month.end().plusDays(1));
  }

  /** The month a run is for: its {@code conf.period} when set, else its data interval's start. */
  public static String periodOf(DagRun run) {
    Object fromConf = run.conf() == null ? null : run.conf().get(PERIOD_CONF_KEY);
    if (fromConf != null) {
      return fromConf.toString();
    }
    OffsetDateTime start = run.dataIntervalStart() != null ? run.dataIntervalStart() : run.logicalDate();
    return start == null ? "unknown" : start.atZoneSameInstant(ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM"));
  }

  private static OffsetDateTime startOfDay(LocalDate day) {
    return at(day, LocalTime.MIDNIGHT);
  }

  private static OffsetDateTime at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(ZONE).toOffsetDateTime();
  }

  private static void requireMonth(Period period) {
    if (period.grain() != Grain.MONTH) {
      throw AirflowErrors.needsMonths(period.label());
    }
  }
}
