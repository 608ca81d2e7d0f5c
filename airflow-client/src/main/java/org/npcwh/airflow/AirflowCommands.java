package org.npcwh.airflow;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.npcwh.core.error.AirflowErrors;
import org.npcwh.core.period.Period;

/**
 * What {@code npcwh airflow trigger|status|wait|rerun|backfill} do, without the command line: each method
 * returns the text to print, streams progress through the callback given at construction, and
 * throws {@link org.npcwh.core.error.UserException} (exit code {@code AIRFLOW} or
 * {@code BAD_INPUT}) for anything the user can act on.
 */
public final class AirflowCommands {
  /** The DAG of {@code dags/npc_monthly.py}. */
  public static final String DEFAULT_DAG_ID = "npc_monthly";
  public static final Duration WAIT_INTERVAL_DEFAULT = Duration.ofSeconds(15);
  public static final Duration WAIT_TIMEOUT_DEFAULT = Duration.ofHours(6);

  private final AirflowClient client;
  private final Consumer<String> progress;
  private final Clock clock;

  public AirflowCommands(AirflowClient client, Consumer<String> progress) {
    this(client, progress, Clock.systemUTC());
  }

  AirflowCommands(AirflowClient client, Consumer<String> progress, Clock clock) {
    this.client = client;
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * Commands against the Airflow named by {@code url} (or {@code AIRFLOW_URL} when null), logged in
   * with {@code AIRFLOW_TOKEN} or {@code AIRFLOW_USERNAME}/{@code AIRFLOW_PASSWORD} from {@code env},
   * retrying repeatable calls as {@code retry} says (each retry reported to {@code progress}).
   */
  public static AirflowCommands connect(String url, Map<String, String> env, RetrySettings retry,
      Consumer<String> progress) {
    AirflowSettings settings = AirflowSettings.fromEnvironment(url, env).withRetry(retry);
    return new AirflowCommands(new AirflowClient(settings, progress), progress);
  }

  /** Triggers the DAG for one month; {@code runId} may be null for a generated one. */
  public String trigger(String dagId, Period month, String runId) {
    TriggerRunRequest request = MonthlyRuns.trigger(month, runId, OffsetDateTime.now(clock));
    DagRun run = client.triggerRun(dagId, request);
    return "Triggered DAG " + run.dagId() + " for " + month.label() + ": run " + run.dagRunId()
        + " is " + run.state().wireName() + ".\n"
        + "Follow it with: npcwh airflow wait --dag " + run.dagId() + " --run-id " + run.dagRunId()
        + "\n";
  }

  public String status(String dagId, String runId) {
    return RunReport.run(client.getRun(dagId, runId), client.taskInstances(dagId, runId));
  }

  /**
   * Waits for the run to end, reporting state changes as they happen; returns the run's report
   * when it succeeded.
   *
   * @throws org.npcwh.core.error.UserException when the run failed (naming the failed tasks) or the
   *     timeout passed first
   */
  public String waitFor(String dagId, String runId, Duration interval, Duration timeout) {
    RunWatcher.Outcome outcome = new RunWatcher(client, clock)
        .waitFor(dagId, runId, interval, timeout, progress);
    if (!outcome.succeeded()) {
      List<String> failed = RunReport.inRunOrder(outcome.tasks()).stream()
          .filter(task -> "failed".equals(task.state()) || "upstream_failed".equals(task.state()))
          .map(task -> task.taskId() + " (" + task.state() + ")")
          .toList();
      throw AirflowErrors.runFailed(dagId, runId, MonthlyRuns.periodOf(outcome.run()), failed);
    }
    return RunReport.run(outcome.run(), outcome.tasks());
  }

  /**
   * Runs a month again by clearing its run (Airflow refuses a second run for the same logical date):
   * the month's one run, or {@code runId} when given. {@code onlyFailed} clears only the failed and
   * upstream-failed tasks.
   */
  public String rerun(String dagId, Period month, String runId, boolean onlyFailed) {
    String target = runId != null ? runId : monthsRun(dagId, month);
    DagRun run = client.clearRun(dagId, target, onlyFailed);
    return "Cleared " + (onlyFailed ? "the failed tasks of " : "") + "run " + target + " of DAG "
        + dagId + " for " + month.label() + ": it is " + run.state().wireName() + " again.\n"
        + "Follow it with: npcwh airflow wait --dag " + dagId + " --run-id " + target + "\n";
  }

  private String monthsRun(String dagId, Period month) {
    List<DagRun> runs = client.runsWithLogicalDate(dagId, MonthlyRuns.monthStart(month),
        MonthlyRuns.monthEnd(month));
    if (runs.isEmpty()) {
      throw AirflowErrors.noRunOfMonth(dagId, month.label());
    }
    if (runs.size() > 1) {
      throw AirflowErrors.severalRunsOfMonth(dagId, month.label(),
          runs.stream().map(DagRun::dagRunId).sorted().toList());
    }
    return runs.get(0).dagRunId();
  }

  /** Asks Airflow which runs a backfill of {@code from}..{@code to} would create; creates none. */
  public String backfillDryRun(String dagId, Period from, Period to, ReprocessBehavior reprocess) {
    List<OffsetDateTime> dates = client.backfillDryRun(MonthlyRuns.backfill(dagId, from, to, reprocess));
    return RunReport.dryRun(dagId, from.label(), to.label(), reprocess, dates);
  }

  /** Creates a backfill of the months {@code from}..{@code to}, oldest first, one at a time. */
  public String backfill(String dagId, Period from, Period to, ReprocessBehavior reprocess) {
    Backfill backfill = client.createBackfill(MonthlyRuns.backfill(dagId, from, to, reprocess));
    return RunReport.backfill(backfill, from.label(), to.label());
  }
}
