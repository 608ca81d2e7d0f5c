package org.npcwh.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.npcwh.airflow.AirflowCommands;
import org.npcwh.airflow.ReprocessBehavior;
import org.npcwh.airflow.RetrySettings;
import org.npcwh.core.period.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code npcwh airflow trigger|status|wait|rerun|backfill}: the monthly DAG through Airflow 3's
 * REST API.
 */
@Command(name = "airflow", mixinStandardHelpOptions = true,
    description = {"Trigger, watch, rerun and backfill the npc_monthly DAG through Airflow 3's REST API (v2).",
      "Authentication: AIRFLOW_TOKEN (a bearer token), or AIRFLOW_USERNAME and AIRFLOW_PASSWORD"
          + " (exchanged at /auth/token)."},
    subcommands = {
      AirflowCommand.Trigger.class,
      AirflowCommand.Status.class,
      AirflowCommand.Wait.class,
      AirflowCommand.Rerun.class,
      AirflowCommand.Backfill.class
    })
final class AirflowCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code --url} and {@code --dag}, shared by every airflow subcommand, with the subcommand's writers. */
  static final class Target extends Terminal {
    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:AIRFLOW_URL}",
        description = "Airflow's base URL, e.g. http://localhost:8080 (default: $AIRFLOW_URL).")
    String url;

    @Option(names = "--dag", paramLabel = "DAG_ID", defaultValue = AirflowCommands.DEFAULT_DAG_ID,
        description = "The DAG (default: ${DEFAULT-VALUE}).")
    String dag;

    @Option(names = "--max-attempts", paramLabel = "N",
        description = "Tries of a read or dry run, the first included, after an HTTP 5xx or a broken"
            + " connection (default: ${DEFAULT-VALUE}; 1 turns retrying off).")
    int maxAttempts = RetrySettings.MAX_ATTEMPTS_DEFAULT;

    @Option(names = "--max-retry-delay", paramLabel = "SECONDS",
        description = "Longest pause between two tries; pauses double from 1 s (default: ${DEFAULT-VALUE}).")
    long maxRetryDelaySeconds = RetrySettings.MAX_DELAY_DEFAULT.toSeconds();

    AirflowCommands connect() {
      if (maxAttempts < 1 || maxRetryDelaySeconds <= RetrySettings.FIRST_DELAY_DEFAULT.toSeconds()) {
        throw new picocli.CommandLine.ParameterException(commandLine(),
            "--max-attempts must be at least 1 and --max-retry-delay more than "
                + RetrySettings.FIRST_DELAY_DEFAULT.toSeconds() + " s");
      }
      RetrySettings retry = new RetrySettings(maxAttempts, RetrySettings.FIRST_DELAY_DEFAULT,
          Duration.ofSeconds(maxRetryDelaySeconds));
      return AirflowCommands.connect(url, System.getenv(), retry, progress().stage("airflow"));
    }
  }

  @Command(name = "trigger", mixinStandardHelpOptions = true,
      description = "Trigger the DAG for one month (its data interval is that month).")
  static final class Trigger implements Callable<Integer> {
    @Mixin Target target;

    @Option(names = {"-p", "--period"}, required = true, paramLabel = "MONTH",
        converter = PeriodOptions.PeriodConverter.class, description = "The month, e.g. 2023-06.")
    Period period;

    @Option(names = "--run-id", paramLabel = "RUN_ID", description = "The run id (default: generated).")
    String runId;

    @Override
    public Integer call() {
      target.out().println(target.connect().trigger(target.dag, period, runId));
      return 0;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Show a DAG run's state and its task instances.")
  static final class Status implements Callable<Integer> {
    @Mixin Target target;

    @Option(names = "--run-id", required = true, paramLabel = "RUN_ID", description = "The run id.")
    String runId;

    @Override
    public Integer call() {
      target.out().println(target.connect().status(target.dag, runId));
      return 0;
    }
  }

  @Command(name = "wait", mixinStandardHelpOptions = true,
      description = "Wait until a DAG run finishes, printing task states as they change; exits 5 if it failed.")
  static final class Wait implements Callable<Integer> {
    @Mixin Target target;

    @Option(names = "--run-id", required = true, paramLabel = "RUN_ID", description = "The run id.")
    String runId;

    @Option(names = "--interval", paramLabel = "SECONDS", description = "Seconds between polls (default: 15).")
    long intervalSeconds = AirflowCommands.WAIT_INTERVAL_DEFAULT.toSeconds();

    @Option(names = "--timeout", paramLabel = "MINUTES", description = "Give up after (default: 360).")
    long timeoutMinutes = AirflowCommands.WAIT_TIMEOUT_DEFAULT.toMinutes();

    @Override
    public Integer call() {
      if (intervalSeconds <= 0 || timeoutMinutes <= 0) {
        throw new picocli.CommandLine.ParameterException(target.commandLine(),
            "--interval and --timeout must be positive");
      }
      target.out().println(target.connect().waitFor(target.dag, runId, Duration.ofSeconds(intervalSeconds),
          Duration.ofMinutes(timeoutMinutes)));
      return 0;
    }
  }

  @Command(name = "rerun", mixinStandardHelpOptions = true,
      description = {"Run a month again: clear its run so its tasks run again under the same logical"
          + " date (Airflow keeps one run per month, so triggering it again is refused)."})
  static final class Rerun implements Callable<Integer> {
    @Mixin Target target;

    @Option(names = {"-m", "--month"}, required = true, paramLabel = "MONTH",
        converter = PeriodOptions.PeriodConverter.class, description = "The month, e.g. 2023-06.")
    Period month;

    @Option(names = "--run-id", paramLabel = "RUN_ID",
        description = "The run to clear (default: the month's one run, looked up by its logical date).")
    String runId;

    @Option(names = "--only-failed", description = "Clear only the failed tasks (and those after them).")
    boolean onlyFailed;

    @Override
    public Integer call() {
      target.out().println(target.connect().rerun(target.dag, month, runId, onlyFailed));
      return 0;
    }
  }

  @Command(name = "backfill", mixinStandardHelpOptions = true,
      description = "Create a backfill: one run per month from --from to --to, oldest first.")
  static final class Backfill implements Callable<Integer> {
    @Mixin Target target;

    @Option(names = "--from", required = true, paramLabel = "MONTH",
        converter = PeriodOptions.PeriodConverter.class, description = "First month, e.g. 2023-01.")
    Period from;

    @Option(names = "--to", required = true, paramLabel = "MONTH",
        converter = PeriodOptions.PeriodConverter.class, description = "Last month, e.g. 2023-06.")
    Period to;

    @Option(names = "--reprocess", paramLabel = "WHICH",
        description = "Months that already have a run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReprocessBehavior reprocess = ReprocessBehavior.NONE;

    @Option(names = "--dry-run", description = "Only list the runs the backfill would create.")
    boolean dryRun;

    @Override
    public Integer call() {
      AirflowCommands airflow = target.connect();
      target.out().println(dryRun ? airflow.backfillDryRun(target.dag, from, to, reprocess)
          : airflow.backfill(target.dag, from, to, reprocess));
      return 0;
    }
  }
}
