package org.npcwh.airflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.npcwh.core.error.AirflowErrors;

/**
 * Polls a DAG run until it is success or failed, reporting each change of the run's or a task's
 * state once, as it is seen.
 */
public final class RunWatcher {

  /** A finished run and its tasks as last seen. */
  public record Outcome(DagRun run, List<TaskInstance> tasks) {
    public boolean succeeded() {
      return run.state() == DagRunState.SUCCESS;
    }
  }

  private final AirflowClient client;
  private final Clock clock;

  public RunWatcher(AirflowClient client) {
    this(client, Clock.systemUTC());
  }

  RunWatcher(AirflowClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * Waits for the run to end.
   *
   * @param interval the pause between two polls
   * @param timeout how long to wait at most before giving up (the run goes on in Airflow)
   * @param progress receives one line per change, e.g. {@code "task transform: running (try 1)"}
   * @throws org.npcwh.core.error.UserException when the timeout passes first
   */
  public Outcome waitFor(String dagId, String runId, Duration interval, Duration timeout,
      Consumer<String> progress) {
    Instant deadline = clock.instant().plus(timeout);
    Map<String, String> seen = new HashMap<>();
    DagRunState lastRunState = null;
    while (true) {
      DagRun run = client.getRun(dagId, runId);
      List<TaskInstance> tasks = client.taskInstances(dagId, runId);
      if (run.state() != lastRunState) {
        progress.accept("run " + runId + ": " + run.state().wireName());
        lastRunState = run.state();
      }
      reportChanges(tasks, seen, progress);
      if (run.state().isTerminal()) {
        return new Outcome(run, tasks);
      }
      if (!clock.instant().plus(interval).isBefore(deadline)) {
        throw AirflowErrors.waitTimedOut(dagId, runId, timeout, run.state().wireName());
      }
      pause(interval);
    }
  }

  private static void reportChanges(List<TaskInstance> tasks, Map<String, String> seen,
      Consumer<String> progress) {
    for (TaskInstance task : RunReport.inRunOrder(tasks)) {
      String key = task.taskId() + (task.mapIndex() == null || task.mapIndex() < 0 ? "" : "[" + task.mapIndex() + "]");
      String state = task.stateLabel() + (task.tryNumber() == null || task.tryNumber() == 0 ? ""
          : " (try " + task.tryNumber() + ")");
      if (!state.equals(seen.put(key, state)) && task.state() != null) {
        progress.accept("task " + key + ": " + state);
      }
    }
  }

  private static void pause(Duration interval) {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for the run");
    }
  }
}
