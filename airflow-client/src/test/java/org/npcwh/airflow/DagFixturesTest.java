package org.npcwh.airflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The task lists this module's tests replay stand for runs of {@code dags/npc_monthly.py}: when a
 * stage is added to or removed from the DAG, every such fixture must follow, or the tests would keep
 * passing against a pipeline that no longer exists. The DAG is read as text: each task is one
 * {@code task_id="<id>"} argument. The fixtures hold the month's stages, the tasks outside the
 * quarter and year groups (the body of {@code def rollup}): the client treats a group's tasks
 * ({@code quarter.check}) as any other task, and five more per group would only lengthen every
 * expected report.
 */
class DagFixturesTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  /** The monthly DAG's file, which other tests of this module hold the client to. */
  static final Path DAG = MODULE.resolveSibling("dags").resolve("npc_monthly.py");
  private static final Pattern TASK_ID = Pattern.compile("\\btask_id=\"([^\"]+)\"");
  private static final Pattern ROLLUP_BODY = Pattern.compile("(?ms)^def rollup\\(.*?(?=^\\S)");

  @Test
  void everyTaskListFixtureNamesExactlyTheTasksOfTheDag() throws IOException {
    Set<String> dagTasks = dagTaskIds();
    assertThat(dagTasks).as("task ids found in " + DAG).hasSizeGreaterThan(1);

    List<Path> fixtures = taskListFixtures();
    assertThat(fixtures).as("fixtures with a task_instances list").isNotEmpty();
    ObjectMapper json = new ObjectMapper();
    for (Path fixture : fixtures) {
      Set<String> listed = new TreeSet<>();
      json.readTree(fixture.toFile()).get("task_instances").forEach(t -> listed.add(t.get("task_id").asText()));
      assertThat(listed).as(MODULE.relativize(fixture) + " against the tasks of " + DAG.getFileName())
          .isEqualTo(dagTasks);
    }
  }

  private static Set<String> dagTaskIds() throws IOException {
    String dag = Files.readString(DAG);
    Matcher body = ROLLUP_BODY.matcher(dag);
    String rollup = body.find() ? body.group() : "";
    Matcher found = TASK_ID.matcher(dag.replace(rollup, ""));
    Set<String> ids = new TreeSet<>();
    while (found.find()) {
      ids.add(found.group(1));
    }
    return ids;
  }

  private static List<Path> taskListFixtures() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MODULE.resolve("src/test/resources"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = json.readTree(file.toFile());
        if (root.has("task_instances")) {
          found.add(file);
        }
      }
    }
    return found;
  }
}
