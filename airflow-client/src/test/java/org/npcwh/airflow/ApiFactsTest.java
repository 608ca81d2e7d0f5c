package org.npcwh.airflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.npcwh.core.period.Period;

/**
 * Holds the client to the facts of Airflow 3.1's REST API v2 recorded in
 * {@code airflow-3.1-api-facts.json}: every request it sends, every field it reads, every enum it
 * maps and every response fixture the other tests replay. A field renamed on either side fails here.
 */
class ApiFactsTest {
  private static final Path RESOURCES = Path.of(System.getProperty("basedir", ""))
      .toAbsolutePath().resolve("src/test/resources");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
  /** The schema of each kind of response fixture, by the start of its file name (first match wins). */
  private static final List<Map.Entry<String, String>> FIXTURE_SCHEMAS = List.of(
      Map.entry("backfill", "BackfillResponse"), Map.entry("dry_run", "DryRunBackfillCollectionResponse"),
      Map.entry("runs_", "DAGRunCollectionResponse"), Map.entry("run_", "DAGRunResponse"),
      Map.entry("dag_run", "DAGRunResponse"), Map.entry("task", "TaskInstanceCollectionResponse"),
      Map.entry("token", "LoginResponse"), Map.entry("error_422", "HTTPValidationError"),
      Map.entry("error_", "HTTPExceptionResponse"));

  private final ApiFacts facts = ApiFacts.load();
  private final FakeAirflow airflow = FakeAirflow.start(ApiFactsTest.class);

  @AfterEach
  void stop() {
    airflow.close();
  }

  @Test
  void theFactsNameTheSpecTheyComeFrom() {
    assertThat(facts.airflowVersion()).startsWith("3.1.");
    assertThat(facts.enumValues("DagRunState")).containsExactlyInAnyOrder("queued", "running", "success", "failed");
  }

  @Test
  void everyRequestTheClientSendsIsOneTheSpecDescribes() throws IOException {
    String runs = "/api/v2/dags/npc_monthly/dagRuns";
    String run = runs + "/june";
    airflow.reply("POST", "/auth/token", 201, "AirflowClientTest/token.json")
        .reply("POST", runs, 200, "AirflowClientTest/dag_run.json")
        .reply("GET", runs, 200, "AirflowCommandsTest/runs_june.json")
        .reply("GET", run, 200, "AirflowClientTest/dag_run.json")
        .reply("GET", run + "/taskInstances", 200, "AirflowClientTest/task_instances.json")
        .reply("POST", run + "/clear", 200, "AirflowCommandsTest/run_cleared.json")
        .reply("POST", "/api/v2/backfills/dry_run", 200, "AirflowCommandsTest/dry_run.json")
        .reply("POST", "/api/v2/backfills", 200, "AirflowClientTest/backfill.json");
    AirflowClient client = new AirflowClient(new AirflowSettings(airflow.url(),
        new AirflowAuth.Password("admin", "s3cret")).withRetry(
            new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(2))));
    Period june = Period.parse("2023-06");
    BackfillRequest backfill = MonthlyRuns.backfill("npc_monthly", Period.parse("2023-01"), june,
        ReprocessBehavior.FAILED);

    client.triggerRun("npc_monthly", MonthlyRuns.trigger(june, null, OffsetDateTime.now()));
    client.triggerRun("npc_monthly", MonthlyRuns.trigger(june, "june", OffsetDateTime.now()));
    client.runsWithLogicalDate("npc_monthly", MonthlyRuns.monthStart(june), MonthlyRuns.monthEnd(june));
    client.getRun("npc_monthly", "june");
    client.taskInstances("npc_monthly", "june");
    client.clearRun("npc_monthly", "june", false);
    client.clearRun("npc_monthly", "june", true);
    client.backfillDryRun(backfill);
    client.createBackfill(backfill);

    Set<String> used = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (FakeAirflow.Received request : airflow.received()) {
      JsonNode body = request.body().isEmpty() ? null : JSON.readTree(request.body());
      problems.addAll(facts.checkRequest(request.method(), request.rawPath(), request.query(), body));
      facts.operationOf(request.method(), request.rawPath()).ifPresent(used::add);
    }
    assertThat(problems).isEmpty();
    assertThat(used).as("operations the client calls").isEqualTo(facts.operationIds());
  }

  @Test
  void everyResponseFixtureHoldsOnlyTheFieldsOfItsSchema() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> fixtures;
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      fixtures = files.filter(f -> f.toString().endsWith(".json"))
          .filter(f -> !f.endsWith(ApiFacts.RESOURCE.substring(1))).sorted().toList();
    }
    assertThat(fixtures).hasSizeGreaterThan(20);
    for (Path fixture : fixtures) {
      String name = fixture.getFileName().toString();
      String schema = FIXTURE_SCHEMAS.stream().filter(e -> name.startsWith(e.getKey()))
          .map(Map.Entry::getValue).findFirst().orElse(null);
      assertThat(schema).as("the schema of " + RESOURCES.relativize(fixture) + " (name it after one)").isNotNull();
      problems.addAll(facts.checkBody(schema, JSON.readTree(fixture.toFile()), false).stream()
          .map(problem -> RESOURCES.relativize(fixture) + ": " + problem).toList());
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFieldTheClientReadsIsInItsSchemaAndPrimitivesAreNeverNull() {
    Map<Class<?>, String> readers = Map.of(
        DagRun.class, "DAGRunResponse",
        DagRun.Collection.class, "DAGRunCollectionResponse",
        TaskInstance.class, "TaskInstanceResponse",
        TaskInstance.Collection.class, "TaskInstanceCollectionResponse",
        Backfill.class, "BackfillResponse",
        Backfill.DryRun.class, "DryRunBackfillCollectionResponse",
        Backfill.DryRun.Run.class, "DryRunBackfillResponse",
        AirflowHttp.LoginResponse.class, "LoginResponse");
    List<String> problems = new ArrayList<>();
    readers.forEach((type, schema) -> {
      JsonNode facts = this.facts.schema(schema);
      for (RecordComponent component : type.getRecordComponents()) {
        String field = SNAKE.translate(component.getName());
        if (!this.facts.properties(schema).contains(field)) {
          problems.add(type.getSimpleName() + "." + component.getName() + ": no field " + field + " in " + schema);
        } else if (component.getType().isPrimitive() && (!contains(facts.path("required"), field)
            || contains(facts.path("nullable"), field))) {
          problems.add(type.getSimpleName() + "." + component.getName() + " is primitive, but " + schema
              + "." + field + " may be absent or null");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void theEnumsTheClientMapsHaveTheSpecsValues() {
    assertThat(Arrays.stream(DagRunState.values()).map(DagRunState::wireName).collect(Collectors.toSet()))
        .isEqualTo(facts.enumValues("DagRunState"));
    assertThat(Arrays.stream(ReprocessBehavior.values()).map(ReprocessBehavior::wireName).collect(Collectors.toSet()))
        .isEqualTo(facts.enumValues("ReprocessBehavior"));
  }

  /** The check itself finds drift: a renamed, a missing, a too-new field and a wrong enum value. */
  @Test
  void theCheckFindsWhatDrifted() throws IOException {
    JsonNode drifted = JSON.readTree("""
        {"dag_id": "npc_monthly", "from": "2023-01-01T00:00:00+08:00", "to_date": "2023-06-30",
         "reprocess_behavior": "all", "run_on_latest_version": true}
        """);

    assertThat(facts.checkBody("BackfillPostBody", drifted, true)).containsExactlyInAnyOrder(
        "BackfillPostBody: required field from_date is missing",
        "BackfillPostBody: field from is not in BackfillPostBody",
        "BackfillPostBody.to_date: \"2023-06-30\" is not of type date-time",
        "BackfillPostBody.reprocess_behavior: \"all\" is not of type enum:ReprocessBehavior",
        "BackfillPostBody: field run_on_latest_version is unknown to Airflow 3.1.0 (added later)");
    assertThat(facts.checkRequest("POST", "/api/v2/dags/npc_monthly/dagRuns/x/clearRun", null, null))
        .containsExactly("POST /api/v2/dags/npc_monthly/dagRuns/x/clearRun is no operation of the spec");
    assertThat(facts.checkRequest("GET", "/api/v2/dags/npc_monthly/dagRuns", "logical_date_after=x", null))
        .containsExactly("get_dag_runs: query parameter logical_date_after is not in the spec");
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (item.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
