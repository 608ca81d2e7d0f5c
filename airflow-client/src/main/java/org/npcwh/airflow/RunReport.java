package org.npcwh.airflow;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Plain-text views of runs, tasks and backfills for the command line; times in Asia/Shanghai. */
final class RunReport {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
  private static final Comparator<TaskInstance> RUN_ORDER = Comparator
      .comparing(TaskInstance::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(TaskInstance::taskId);

  private RunReport() {}

  /** Tasks in the order they ran; tasks that have not started come last, by id. */
  static List<TaskInstance> inRunOrder(List<TaskInstance> tasks) {
    return tasks.stream().sorted(RUN_ORDER).toList();
  }

  static String run(DagRun run, List<TaskInstance> tasks) {
    StringBuilder out = new StringBuilder();
    out.append("DAG ").append(run.dagId()).append(", run ").append(run.dagRunId()).append(": ")
        .append(run.state().wireName()).append('\n');
    out.append("  month          ").append(MonthlyRuns.periodOf(run)).append('\n');
    out.append("  data interval  ").append(time(run.dataIntervalStart())).append(" to ")
        .append(time(run.dataIntervalEnd())).append(" (").append(MonthlyRuns.ZONE).append(")\n");
    out.append("  queued         ").append(time(run.queuedAt())).append('\n');
    out.append("  started        ").append(time(run.startDate())).append('\n');
    out.append("  ended          ").append(time(run.endDate())).append('\n');
    if (!tasks.isEmpty()) {
      out.append("  tasks:\n");
      for (TaskInstance task : inRunOrder(tasks)) {
        String line = String.format(Locale.ROOT, "    %-12s %-16s try %d/%d  %s", task.taskId(),
            task.stateLabel(), nonNull(task.tryNumber()), nonNull(task.maxTries()) + 1,
            task.duration() == null ? "" : String.format(Locale.ROOT, "%.1f s", task.duration()));
        out.append(line.stripTrailing()).append('\n');
      }
    }
    return out.toString();
  }

  static String backfill(Backfill backfill, String fromMonth, String toMonth) {
    return "Backfill " + backfill.id() + " of DAG " + backfill.dagId() + " created: months "
        + fromMonth + " to " + toMonth + " (logical dates " + time(backfill.fromDate()) + " to "
        + time(backfill.toDate()) + ", " + MonthlyRuns.ZONE + "), reprocess "
        + backfill.reprocessBehavior().wireName() + ", at most " + backfill.maxActiveRuns()
        + " run(s) at a time" + (backfill.isPaused() ? ", PAUSED (unpause it in the Airflow UI)" : "")
        + ".\n";
  }

  /** One line per run the backfill would create: the month and its logical date. */
  static String dryRun(String dagId, String fromMonth, String toMonth, ReprocessBehavior reprocess,
      List<OffsetDateTime> logicalDates) {
    StringBuilder out = new StringBuilder("A backfill of DAG " + dagId + " for months " + fromMonth
        + " to " + toMonth + " (reprocess " + reprocess.wireName() + ") would create "
        + logicalDates.size() + " run(s)" + (logicalDates.isEmpty() ? "." : ":") + "\n");
    for (OffsetDateTime date : logicalDates.stream().sorted().toList()) {
      out.append("  ").append(date.atZoneSameInstant(MonthlyRuns.ZONE).format(MONTH))
          .append("  logical date ").append(time(date)).append(" (").append(MonthlyRuns.ZONE)
          .append(")\n");
    }
    return out.toString();
  }

  private static int nonNull(Integer value) {
    return value == null ? 0 : value;
  }

  static String time(OffsetDateTime value) {
    return value == null ? "-" : value.atZoneSameInstant(MonthlyRuns.ZONE).format(TIME);
  }
}
