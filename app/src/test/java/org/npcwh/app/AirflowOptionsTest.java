package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.npcwh.airflow.ReprocessBehavior;
import org.npcwh.airflow.RetrySettings;
import org.npcwh.core.period.Period;

/** The options of {@code npcwh airflow rerun} and {@code backfill --dry-run}, and the retry limits. */
class AirflowOptionsTest {

  private <T> T parsed(Class<T> command, String... args) {
    return command.cast(Npcwh.newCommandLine().parseArgs(args).subcommand().subcommand()
        .commandSpec().userObject());
  }

  @Test
  void rerunTakesAMonthAndOptionallyARunAndOnlyTheFailedTasks() {
    AirflowCommand.Rerun rerun = parsed(AirflowCommand.Rerun.class, "airflow", "rerun", "--month", "2023-06");
    assertThat(rerun.month).isEqualTo(Period.parse("2023-06"));
    assertThat(rerun.runId).isNull();
    assertThat(rerun.onlyFailed).isFalse();
    assertThat(rerun.target.dag).isEqualTo("npc_monthly");

    AirflowCommand.Rerun chosen = parsed(AirflowCommand.Rerun.class, "airflow", "rerun", "-m", "2023-06",
        "--run-id", "scheduled__2023-06-01T02:00:00+08:00", "--only-failed");
    assertThat(chosen.runId).isEqualTo("scheduled__2023-06-01T02:00:00+08:00");
    assertThat(chosen.onlyFailed).isTrue();
  }

  @Test
  void backfillCanBeADryRunAndRetriesHaveDefaults() {
    AirflowCommand.Backfill backfill = parsed(AirflowCommand.Backfill.class, "airflow", "backfill",
        "--from", "2023-01", "--to", "2023-03", "--dry-run", "--reprocess", "failed");
    assertThat(backfill.dryRun).isTrue();
    assertThat(backfill.reprocess).isEqualTo(ReprocessBehavior.FAILED);
    assertThat(backfill.target.maxAttempts).isEqualTo(RetrySettings.MAX_ATTEMPTS_DEFAULT);
    assertThat(backfill.target.maxRetryDelaySeconds).isEqualTo(60);
  }

  @Test
  void retryLimitsThatCannotWorkAreUsageErrors() {
    Cli none = Cli.run("airflow", "status", "--run-id", "x", "--max-attempts", "0");
    assertThat(none.exitCode()).as(none.toString()).isEqualTo(2);
    assertThat(none.err()).contains("--max-attempts must be at least 1 and --max-retry-delay more than 1 s");

    Cli tooShort = Cli.run("airflow", "wait", "--run-id", "x", "--max-retry-delay", "1");
    assertThat(tooShort.exitCode()).as(tooShort.toString()).isEqualTo(2);
  }
}
