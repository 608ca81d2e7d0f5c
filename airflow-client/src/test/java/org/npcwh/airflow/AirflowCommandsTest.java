package org.npcwh.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

  private static final ObjectMapper JSON = new ObjectMapper();

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
  void rerunFindsTheMonthsRunByItsLogicalDateAndClearsIt() throws IOException {
    String runs = "/api/v2/dags/npc_monthly/dagRuns";
    airflow.reply("GET", runs, 200, "runs_june.json").reply("POST", RUN + "/clear", 200, "run_cleared.json");

    String text = commands.rerun("npc_monthly", Period.parse("2023-06"), null, false);

    assertThat(text).isEqualTo("""
        Cleared run npcwh__2023-06__20240102T030405 of DAG npc_monthly for 2023-06: it is queued again.
        Follow it with: npcwh airflow wait --dag npc_monthly --run-id npcwh__2023-06__20240102T030405
        """);
    // The whole of June in Shanghai, so a run triggered at 00:00 by an older client is found too.
    assertThat(airflow.received("GET", runs).get(0).query()).isEqualTo("logical_date_gte="
        + "2023-06-01T00:00:00+08:00&logical_date_lt=2023-07-01T00:00:00+08:00&limit=100");
    FakeAirflow.Received clear = airflow.received("POST", RUN + "/clear").get(0);
    assertThat(JSON.readTree(clear.body())).isEqualTo(JSON.readTree("{\"dry_run\": false, \"only_failed\": false}"));
  }

  @Test
  void rerunOfAGivenRunCanClearOnlyItsFailedTasks() throws IOException {
    airflow.reply("POST", RUN + "/clear", 200, "run_cleared.json");

    String text = commands.rerun("npc_monthly", Period.parse("2023-06"), RUN_ID, true);

    assertThat(text).startsWith("Cleared the failed tasks of run " + RUN_ID + " of DAG npc_monthly for 2023-06");
    assertThat(airflow.received()).hasSize(1);
    assertThat(JSON.readTree(airflow.received().get(0).body()))
        .isEqualTo(JSON.readTree("{\"dry_run\": false, \"only_failed\": true}"));
  }

  @Test
  void rerunSaysToTriggerAMonthWithoutARunAndToChooseAmongSeveral() {
    String runs = "/api/v2/dags/npc_monthly/dagRuns";
    airflow.reply("GET", runs, 200, "runs_none.json").reply("GET", runs, 200, "runs_two.json");

    UserException none = catchThrowableOfType(UserException.class,
        () -> commands.rerun("npc_monthly", Period.parse("2023-06"), null, false));
    UserException two = catchThrowableOfType(UserException.class,
        () -> commands.rerun("npc_monthly", Period.parse("2023-06"), null, false));

    assertThat(none.exitCode()).isEqualTo(ExitCode.AIRFLOW);
    assertThat(none.getMessage()).isEqualTo("Cannot rerun 2023-06 of DAG 'npc_monthly': Airflow has no"
        + " run of that DAG with a logical date in 2023-06 (Asia/Shanghai). Trigger the month with"
        + " `npcwh airflow trigger --dag npc_monthly --period 2023-06`");
    assertThat(two.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(two.getMessage()).isEqualTo("Cannot tell which run of 2023-06 of DAG 'npc_monthly' to"
        + " rerun: Airflow holds 2 runs with a logical date in that month: npcwh__2023-06__20231201T000000,"
        + " scheduled__2023-06-01T02:00:00+08:00. Choose one with --run-id");
    assertThat(airflow.received()).extracting(FakeAirflow.Received::method).containsOnly("GET");
  }

  @Test
  void aBackfillDryRunListsTheRunsAirflowWouldCreate() throws IOException {
    airflow.reply("POST", "/api/v2/backfills/dry_run", 200, "dry_run.json");

    String text = commands.backfillDryRun("npc_monthly", Period.parse("2023-01"), Period.parse("2023-03"),
        ReprocessBehavior.NONE);

    // 2022-12-31T18:00Z is 1 January 02:00 in Shanghai, and so on.
    assertThat(text).isEqualTo("""
        A backfill of DAG npc_monthly for months 2023-01 to 2023-03 (reprocess none) would create 3 run(s):
          2023-01  logical date 2023-01-01 02:00:00 (Asia/Shanghai)
          2023-02  logical date 2023-02-01 02:00:00 (Asia/Shanghai)
          2023-03  logical date 2023-03-01 02:00:00 (Asia/Shanghai)
        """);
    assertThat(JSON.readTree(airflow.received().get(0).body()).get("from_date").asText())
        .isEqualTo("2023-01-01T00:00:00+08:00");
    assertThat(airflow.received("POST", "/api/v2/backfills")).isEmpty();
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
