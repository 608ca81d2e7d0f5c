package org.npcwh.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;
import org.npcwh.core.period.Period;

class AirflowCommandsTest {
  private static final String RUN_ID = "npcwh__2023-06__20240102T030405";
  private static final String RUN = "/api/v2/dags/npc_monthly/dagRuns/" + RUN_ID;
  private static final String TASKS = RUN + "/taskInstances";
  private static final Duration QUICK = Duration.ofMillis(1);
  private static final String SUCCESS_REPORT = """
      DAG npc_monthly, run npcwh__2023-06__20240102T030405: success
        month          2023-06
        data interval  2023-06-01 02:00:00 to 2023-07-01 02:00:00 (Asia/Shanghai)
        queued         2024-01-02 03:04:05
        started        2024-01-02 03:04:07
        ended          2024-01-02 03:20:00
        tasks:
          pull         success          try 1/4  0.4 s
          ingest       success          try 1/4  122.0 s
          transform    success          try 1/4  550.0 s
          check        success          try 1/4  40.0 s
          publish      success          try 1/4  90.0 s
          report       success          try 1/4  145.0 s
      """;

  private final FakeAirflow airflow = FakeAirflow.start(AirflowCommandsTest.class);
  private final List<String> progress = new ArrayList<>();
  private final AirflowCommands commands = new AirflowCommands(
      new AirflowClient(new AirflowSettings(airflow.url(), new AirflowAuth.BearerToken("t"))),
      progress::add, Clock.fixed(Instant.parse("2024-01-01T19:04:05Z"), ZoneOffset.UTC));

  @AfterEach
  void stop() {
    airflow.close();
  }

  @Test
  void triggerNamesTheRunAfterTheMonthAndSaysHowToFollowIt() {
    airflow.reply("POST", "/api/v2/dags/npc_monthly/dagRuns", 200, "run_queued.json");

    String text = commands.trigger("npc_monthly", Period.parse("2023-06"), null);

    assertThat(text).isEqualTo("""
        Triggered DAG npc_monthly for 2023-06: run npcwh__2023-06__20240102T030405 is queued.
        Follow it with: npcwh airflow wait --dag npc_monthly --run-id npcwh__2023-06__20240102T030405
        """);
    assertThat(airflow.received().get(0).body()).contains("\"dag_run_id\":\"" + RUN_ID + "\"");
  }

  @Test
  void statusShowsTheRunInShanghaiTimeAndItsTasksInTheOrderTheyRan() {
    airflow.reply("GET", RUN, 200, "run_success.json").reply("GET", TASKS, 200, "tasks_success.json");

    assertThat(commands.status("npc_monthly", RUN_ID)).isEqualTo(SUCCESS_REPORT);
  }

  @Test
  void waitReportsEachStateChangeOnceUntilSuccess() {
    airflow.reply("GET", RUN, 200, "run_queued.json").reply("GET", RUN, 200, "run_running.json")
        .reply("GET", RUN, 200, "run_running.json").reply("GET", RUN, 200, "run_success.json")
        .reply("GET", TASKS, 200, "tasks_none.json").reply("GET", TASKS, 200, "tasks_ingest_running.json")
        .reply("GET", TASKS, 200, "tasks_transform_running.json").reply("GET", TASKS, 200, "tasks_success.json");

    String text = commands.waitFor("npc_monthly", RUN_ID, QUICK, Duration.ofMinutes(1));

    assertThat(progress).containsExactly(
        "run " + RUN_ID + ": queued",
        "run " + RUN_ID + ": running",
        "task pull: success (try 1)",
        "task ingest: running (try 1)",
        "task ingest: success (try 1)",
        "task transform: running (try 1)",
        "run " + RUN_ID + ": success",
        "task transform: success (try 1)",
        "task check: success (try 1)",
        "task publish: success (try 1)",
        "task report: success (try 1)");
    assertThat(text).isEqualTo(SUCCESS_REPORT);
    assertThat(airflow.received("GET", RUN)).hasSize(4);
  }

  @Test
  void waitEndsWithAnErrorNamingTheFailedTasksWhenTheRunFails() {
    airflow.reply("GET", RUN, 200, "run_running.json").reply("GET", RUN, 200, "run_failed.json")
        .reply("GET", TASKS, 200, "tasks_transform_running.json").reply("GET", TASKS, 200, "tasks_failed.json");

    UserException e = catchThrowableOfType(UserException.class,
        () -> commands.waitFor("npc_monthly", RUN_ID, QUICK, Duration.ofMinutes(1)));

    assertThat(e.exitCode()).isEqualTo(ExitCode.AIRFLOW);
    assertThat(e.getMessage()).startsWith("Run '" + RUN_ID + "' of DAG 'npc_monthly' failed: failed"
        + " task(s): transform (failed), check (upstream_failed), publish (upstream_failed),"
        + " report (upstream_failed). Read the failed task's log")
        .endsWith("`npcwh airflow rerun --dag npc_monthly --month 2023-06 --only-failed`");
    assertThat(progress).containsExactly(
        "run " + RUN_ID + ": running",
        "task pull: success (try 1)",
        "task ingest: success (try 1)",
        "task transform: running (try 1)",
        "run " + RUN_ID + ": failed",
        "task transform: failed (try 4)",
        "task check: upstream_failed",
        "task publish: upstream_failed",
        "task report: upstream_failed");
  }

  @Test
  void waitGivesUpAtTheTimeoutAndSaysTheRunGoesOn() {
    airflow.reply("GET", RUN, 200, "run_running.json").reply("GET", TASKS, 200, "tasks_ingest_running.json");

    assertThatThrownBy(() -> commands.waitFor("npc_monthly", RUN_ID, QUICK, Duration.ZERO))
        .isInstanceOf(UserException.class)
        .hasMessage("Stopped waiting for run '" + RUN_ID + "' of DAG 'npc_monthly' after 0s: it is still"
            + " running and keeps running in Airflow. Wait again with `npcwh airflow wait --run-id "
            + RUN_ID + "` (a longer --timeout helps) or follow it in the Airflow UI");
  }

  @Test
  void backfillSaysWhichMonthsAndHowTheyRun() {
    airflow.reply("POST", "/api/v2/backfills", 200, "backfill.json");

    String text = commands.backfill("npc_monthly", Period.parse("2023-01"), Period.parse("2023-06"),
        ReprocessBehavior.FAILED);

    assertThat(text).isEqualTo("Backfill 7 of DAG npc_monthly created: months 2023-01 to 2023-06"
        + " (logical dates 2023-01-01 00:00:00 to 2023-06-30 23:59:59, Asia/Shanghai), reprocess"
        + " failed, at most 1 run(s) at a time.\n");
  }

  @Test
  void onlyMonthsCanBeRunAndNothingIsSentOtherwise() {
    UserException e = catchThrowableOfType(UserException.class,
        () -> commands.trigger("npc_monthly", Period.parse("2023-Q2"), null));

    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(e.getMessage()).startsWith("'2023-Q2' cannot be run in Airflow: the Airflow pipeline runs"
        + " one calendar month at a time");
    assertThat(airflow.received()).isEmpty();
  }

  @Test
  void connectReadsTheUrlAndTheTokenFromTheEnvironment() {
    airflow.reply("GET", RUN, 200, "run_success.json").reply("GET", TASKS, 200, "tasks_success.json");
    AirflowCommands fromEnv = AirflowCommands.connect(null,
        Map.of("AIRFLOW_URL", airflow.url() + "/", "AIRFLOW_TOKEN", "from-env"), RetrySettings.DEFAULT,
        progress::add);

    assertThat(fromEnv.status("npc_monthly", RUN_ID)).isEqualTo(SUCCESS_REPORT);
    assertThat(airflow.received().get(0).header("Authorization")).isEqualTo("Bearer from-env");
  }
}
