package org.npcwh.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;
import org.npcwh.core.period.Period;

class AirflowClientTest {
  private static final String RUNS = "/api/v2/dags/npc_monthly/dagRuns";
  private static final String TOKEN = "/auth/token";
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2024-01-01T19:04:05Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeAirflow airflow = FakeAirflow.start(AirflowClientTest.class);

  @AfterEach
  void stop() {
    airflow.close();
  }

  private AirflowClient withPassword() {
    return new AirflowClient(new AirflowSettings(airflow.url(), new AirflowAuth.Password("admin", "s3cret")));
  }

  private AirflowClient withToken() {
    return new AirflowClient(new AirflowSettings(airflow.url(), new AirflowAuth.BearerToken("env-token")));
  }

  private static TriggerRunRequest june() {
    return MonthlyRuns.trigger(Period.month(YearMonth.of(2023, 6)), null, NOW);
  }

  private static JsonNode body(FakeAirflow.Received request) throws IOException {
    return JSON.readTree(request.body());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void logsInWithThePasswordThenTriggersTheMonthWithItsDataInterval() throws IOException {
    airflow.reply("POST", TOKEN, 201, "token.json").reply("POST", RUNS, 200, "dag_run.json");

    DagRun run = withPassword().triggerRun("npc_monthly", june());

    List<FakeAirflow.Received> requests = airflow.received();
    assertThat(requests).extracting(FakeAirflow.Received::method, FakeAirflow.Received::path)
        .containsExactly(tuple("POST", TOKEN),
            tuple("POST", RUNS));
    FakeAirflow.Received login = requests.get(0);
    assertThat(login.header("Authorization")).isNull();
    assertThat(login.header("Content-Type")).isEqualTo("application/json");
    assertThat(body(login)).isEqualTo(JSON.readTree("{\"username\":\"admin\",\"password\":\"s3cret\"}"));

    FakeAirflow.Received trigger = requests.get(1);
    assertThat(trigger.header("Authorization")).isEqualTo("Bearer eyJhbGciOiJIUzUxMiJ9.first.token");
    assertThat(trigger.header("Content-Type")).isEqualTo("application/json");
    assertThat(trigger.header("Accept")).isEqualTo("application/json");
    JsonNode sent = body(trigger);
    // TriggerDAGRunPostBody forbids unknown fields: exactly these, with offsets (AwareDatetime).
    assertThat(fieldNames(sent)).containsExactlyInAnyOrder("dag_run_id", "data_interval_start",
        "data_interval_end", "logical_date", "conf", "note");
    assertThat(sent.get("dag_run_id").asText()).isEqualTo("npcwh__2023-06__20240102T030405");
    // The timetable's dates for June: the 1st at 02:00 to the next 1st at 02:00, Shanghai.
    assertThat(sent.get("logical_date").asText()).isEqualTo("2023-06-01T02:00:00+08:00");
    assertThat(sent.get("data_interval_start").asText()).isEqualTo("2023-06-01T02:00:00+08:00");
    assertThat(sent.get("data_interval_end").asText()).isEqualTo("2023-07-01T02:00:00+08:00");
    assertThat(sent.get("conf")).isEqualTo(JSON.readTree("{\"period\":\"2023-06\"}"));

    assertThat(run.dagRunId()).isEqualTo("npcwh__2023-06__20240102T030405");
    assertThat(run.dagId()).isEqualTo("npc_monthly");
    assertThat(run.state()).isEqualTo(DagRunState.QUEUED);
    assertThat(run.runType()).isEqualTo("manual");
    assertThat(run.logicalDate()).isEqualTo(OffsetDateTime.parse("2023-06-01T02:00:00+08:00"));
    assertThat(run.dataIntervalEnd()).isEqualTo(OffsetDateTime.parse("2023-07-01T02:00:00+08:00"));
    assertThat(run.queuedAt()).isEqualTo(OffsetDateTime.parse("2024-01-01T19:04:05.123456Z"));
    assertThat(run.startDate()).isNull();
    assertThat(run.conf()).isEqualTo(Map.of("period", "2023-06"));
  }

  @Test
  void aTokenFromTheEnvironmentIsSentAsIsWithoutLoggingIn() {
    airflow.reply("POST", RUNS, 200, "dag_run.json");

    withToken().triggerRun("npc_monthly", june());

    assertThat(airflow.received("POST", TOKEN)).isEmpty();
    assertThat(airflow.received("POST", RUNS).get(0).header("Authorization")).isEqualTo("Bearer env-token");
  }

  @Test
  void anExpiredTokenIsRenewedOnceWithThePassword() {
    String run = RUNS + "/npcwh__2023-06__20240102T030405";
    airflow.reply("POST", TOKEN, 201, "token.json").reply("POST", TOKEN, 201, "token_renewed.json")
        .reply("GET", run, 401, "error_401_token.json").reply("GET", run, 200, "dag_run.json");

    DagRun got = withPassword().getRun("npc_monthly", "npcwh__2023-06__20240102T030405");

    assertThat(got.state()).isEqualTo(DagRunState.QUEUED);
    assertThat(airflow.received("POST", TOKEN)).hasSize(2);
    assertThat(airflow.received("GET", run)).extracting(r -> r.header("Authorization"))
        .containsExactly("Bearer eyJhbGciOiJIUzUxMiJ9.first.token", "Bearer eyJhbGciOiJIUzUxMiJ9.second.token");
  }

  @Test
  void runIdsAreEncodedAsOnePathSegmentAndTheTasksAreRead() {
    String runId = "manual__2023-06-01T00:00:00+08:00";
    airflow.reply("GET", RUNS + "/" + runId, 200, "dag_run_running.json")
        .reply("GET", RUNS + "/" + runId + "/taskInstances", 200, "task_instances.json");
    AirflowClient client = withToken();

    DagRun run = client.getRun("npc_monthly", runId);
    List<TaskInstance> tasks = client.taskInstances("npc_monthly", runId);

    FakeAirflow.Received get = airflow.received().get(0);
    assertThat(get.method()).isEqualTo("GET");
    assertThat(get.rawPath()).isEqualTo(RUNS + "/manual__2023-06-01T00%3A00%3A00%2B08%3A00");
    assertThat(get.header("Authorization")).isEqualTo("Bearer env-token");
    assertThat(get.body()).isEmpty();
    FakeAirflow.Received list = airflow.received().get(1);
    assertThat(list.path()).isEqualTo(RUNS + "/" + runId + "/taskInstances");
    assertThat(list.query()).isEqualTo("limit=100");

    assertThat(run.state()).isEqualTo(DagRunState.RUNNING);
    assertThat(run.startDate()).isEqualTo(OffsetDateTime.parse("2024-01-01T19:04:07.5Z"));
    assertThat(tasks).extracting(TaskInstance::taskId, TaskInstance::stateLabel, TaskInstance::tryNumber)
        .containsExactly(
            tuple("pull", "success", 1),
            tuple("ingest", "success", 1),
            tuple("transform", "up_for_retry", 1),
            tuple("check", "none", 0),
            tuple("publish", "none", 0),
            tuple("report", "none", 0));
    assertThat(tasks.get(1).duration()).isEqualTo(122.0);
    assertThat(tasks.get(1).mapIndex()).isEqualTo(-1);
    assertThat(tasks.get(1).maxTries()).isEqualTo(3);
  }

  @Test
  void aBackfillSendsEveryFieldOfBackfillPostBody() throws IOException {
    airflow.reply("POST", "/api/v2/backfills", 200, "backfill.json");

    Backfill backfill = withToken().createBackfill(MonthlyRuns.backfill("npc_monthly",
        Period.parse("2023-01"), Period.parse("2023-06"), ReprocessBehavior.COMPLETED));

    JsonNode sent = body(airflow.received("POST", "/api/v2/backfills").get(0));
    assertThat(sent).isEqualTo(JSON.readTree("""
        {"dag_id": "npc_monthly",
         "from_date": "2023-01-01T00:00:00+08:00",
         "to_date": "2023-06-30T23:59:59+08:00",
         "run_backwards": false,
         "dag_run_conf": {},
         "reprocess_behavior": "completed",
         "max_active_runs": 1}
        """));
    assertThat(backfill.id()).isEqualTo(7);
    assertThat(backfill.dagId()).isEqualTo("npc_monthly");
    assertThat(backfill.fromDate()).isEqualTo(OffsetDateTime.parse("2023-01-01T00:00:00+08:00"));
    assertThat(backfill.reprocessBehavior()).isEqualTo(ReprocessBehavior.COMPLETED);
    assertThat(backfill.isPaused()).isTrue();
    assertThat(backfill.maxActiveRuns()).isEqualTo(1);
    assertThat(backfill.completedAt()).isNull();
  }

  @Test
  void aWrongPasswordSaysTheLoginWasRejected() {
    airflow.reply("POST", TOKEN, 401, "error_401_login.json");

    UserException e = catchThrowableOfType(UserException.class,
        () -> withPassword().triggerRun("npc_monthly", june()));

    assertThat(e.exitCode()).isEqualTo(ExitCode.AIRFLOW);
    assertThat(e.getMessage()).isEqualTo("Airflow at " + airflow.url() + " rejected the login of user"
        + " 'admin': the user name or password is wrong (Airflow said: Invalid credentials). Check"
        + " AIRFLOW_USERNAME and AIRFLOW_PASSWORD");
    assertThat(airflow.received("POST", RUNS)).isEmpty();
  }

  @Test
  void aRejectedTokenSaysItIsInvalidOrExpired() {
    airflow.reply("POST", RUNS, 401, "error_401_token.json");

    assertThatThrownBy(() -> withToken().triggerRun("npc_monthly", june()))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("rejected the bearer token: the token is invalid or has expired"
            + " (Airflow said: Invalid JWT token)")
        .hasMessageContaining("set AIRFLOW_TOKEN");
  }

  @Test
  void forbiddenSaysTheUserLacksPermissionOnTheDag() {
    airflow.reply("POST", RUNS, 403, "error_403.json");

    assertThatThrownBy(() -> withToken().triggerRun("npc_monthly", june()))
        .hasMessageStartingWith("Airflow refused to trigger DAG 'npc_monthly': the user is not allowed"
            + " to do this on that DAG (Airflow said: Forbidden)");
  }

  @Test
  void notFoundSaysWhichDagOrRunIsMissing() {
    airflow.reply("POST", RUNS, 404, "error_404_dag.json")
        .reply("GET", RUNS + "/nope", 404, "error_404_run.json");
    AirflowClient client = withToken();

    assertThatThrownBy(() -> client.triggerRun("npc_monthly", june()))
        .hasMessageStartingWith("Cannot trigger DAG 'npc_monthly': Airflow has no DAG 'npc_monthly'"
            + " (Airflow said: DAG with dag_id: 'npc_monthly' not found)");
    assertThatThrownBy(() -> client.getRun("npc_monthly", "nope"))
        .hasMessageStartingWith("Cannot read run 'nope' of DAG 'npc_monthly': Airflow has no DAG"
            + " 'npc_monthly' or no run 'nope' of it (Airflow said: The DagRun with dag_id:"
            + " `npc_monthly` and run_id: `nope` was not found)");
  }

  @Test
  void conflictsSayARunOrABackfillAlreadyExists() {
    airflow.reply("POST", RUNS, 409, "error_409_run.json")
        .reply("POST", "/api/v2/backfills", 409, "error_409_backfill.json");
    AirflowClient client = withToken();

    assertThatThrownBy(() -> client.triggerRun("npc_monthly", MonthlyRuns.trigger(
        Period.parse("2023-06"), "june-again", NOW)))
        .hasMessageStartingWith("Cannot trigger DAG 'npc_monthly' for 2023-06: the month already has a"
            + " run (Airflow keeps one run per DAG and logical date), or a run with id 'june-again'"
            + " exists (Airflow said: Unique constraint violation)")
        .hasMessageEndingWith("Run the month again with `npcwh airflow rerun --dag npc_monthly --month"
            + " 2023-06`, which clears its run");
    assertThatThrownBy(() -> client.createBackfill(MonthlyRuns.backfill("npc_monthly",
        Period.parse("2023-01"), Period.parse("2023-02"), ReprocessBehavior.NONE)))
        .hasMessageContaining("Airflow said: There is already a running backfill for dag npc_monthly");
  }

  @Test
  void otherStatusesShowAirflowsDetailOrTheStartOfTheBody() {
    airflow.reply("POST", RUNS, 422, "error_422.json").reply("POST", RUNS, 502, "error_502.html");
    AirflowClient client = withToken();

    assertThatThrownBy(() -> client.triggerRun("npc_monthly", june()))
        .hasMessageStartingWith("Airflow refused to trigger DAG 'npc_monthly': it answered HTTP 422:"
            + " body.logical_date: Field required");
    assertThatThrownBy(() -> client.triggerRun("npc_monthly", june()))
        .hasMessageContaining("it answered HTTP 502: <html><head><title>502 Bad Gateway</title>");
  }

  @Test
  void aClosedPortSaysNoAirflowIsListeningThere() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + port);
    List<String> retries = new ArrayList<>();
    AirflowClient client = new AirflowClient(new AirflowSettings(nowhere, new AirflowAuth.BearerToken("t"))
        .withRetry(new RetrySettings(2, Duration.ofMillis(1), Duration.ofMillis(2))), retries::add);

    UserException e = catchThrowableOfType(UserException.class, () -> client.getRun("npc_monthly", "x"));

    assertThat(e.exitCode()).isEqualTo(ExitCode.AIRFLOW);
    assertThat(e.getMessage()).isEqualTo("Cannot reach Airflow at " + nowhere + ": the connection was"
        + " refused: nothing listens at that address and port. Check that Airflow's API server is"
        + " running (`airflow api-server`) and that --url or AIRFLOW_URL points to it");
    assertThat(retries).containsExactly("GET /api/v2/dags/npc_monthly/dagRuns/x: the connection was"
        + " refused: nothing listens at that address and port; trying again in 0.001 s (attempt 2 of 2)");
  }
}
