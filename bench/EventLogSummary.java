import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a transform's Spark work went, from Spark's event log (bench/profile.sh): one line per SQL
 * execution (each writes one table of the candidate), with its wall time, jobs, stages, tasks and the
 * executors' run and CPU time summed over its stages, largest first, then the totals. Task time is the
 * work proportional to the data; what a run takes beyond it is the driver's (planning, scheduling, JIT).
 * Usage: EventLogSummary EVENT_LOG (a file, or the folder of a rolling log; .zstd or plain JSON lines).
 */
public final class EventLogSummary {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The table a write names: its folder under the run's staging folder (the candidate's, or metric_values). */
  private static final Pattern WRITTEN =
      Pattern.compile("Arguments: \\S+/_staging/[^/]+/(?:work/candidate/)?([^,\\s]+)");

  /** What one SQL execution did, summed over the stages of its jobs. */
  private static final class Execution {
    String table = "(no table)";
    long started;
    long ended;
    int jobs;
    /** Every stage its jobs list, once (a later job lists the stages whose output it reuses). */
    final Set<Integer> stages = new HashSet<>();
  }

  private record Stage(int tasks, double runSeconds, double cpuSeconds) {}

  public static void main(String[] args) throws IOException {
    Map<Long, Execution> executions = new LinkedHashMap<>();
    Map<Integer, Stage> stages = new HashMap<>();
    for (Path file : files(Path.of(args[0]))) {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          read(JSON.readTree(line), executions, stages);
        }
      }
    }
    List<Execution> byTaskTime = new ArrayList<>(executions.values());
    byTaskTime.sort(Comparator.comparingDouble((Execution e) -> -sum(e, stages, Stage::runSeconds)));
    System.out.println("| table written | wall s | jobs | stages | tasks | task run s | task CPU s |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Execution e : byTaskTime) {
      System.out.printf(Locale.ROOT, "| %s | %.1f | %d | %d | %.0f | %.1f | %.1f |%n", e.table,
          (e.ended - e.started) / 1000.0, e.jobs, ran(e, stages).count(), sum(e, stages, Stage::tasks),
          sum(e, stages, Stage::runSeconds), sum(e, stages, Stage::cpuSeconds));
    }
    System.out.printf(Locale.ROOT, "| **all %d SQL executions** | | %d | %d | %d | %.1f | %.1f |%n",
        executions.size(), executions.values().stream().mapToInt(e -> e.jobs).sum(), stages.size(),
        stages.values().stream().mapToInt(Stage::tasks).sum(),
        stages.values().stream().mapToDouble(Stage::runSeconds).sum(),
        stages.values().stream().mapToDouble(Stage::cpuSeconds).sum());
  }

  private static void read(JsonNode event, Map<Long, Execution> executions, Map<Integer, Stage> stages) {
    String type = event.path("Event").asText();
    if (type.endsWith("SQLExecutionStart")) {
      Execution e = executions.computeIfAbsent(event.path("executionId").asLong(), id -> new Execution());
      e.started = event.path("time").asLong();
      Matcher written = WRITTEN.matcher(event.path("physicalPlanDescription").asText());
      if (written.find()) {
        e.table = written.group(1);
      }
    } else if (type.endsWith("SQLExecutionEnd")) {
      executions.computeIfAbsent(event.path("executionId").asLong(), id -> new Execution()).ended =
          event.path("time").asLong();
    } else if (type.equals("SparkListenerJobStart")) {
      JsonNode id = event.path("Properties").path("spark.sql.execution.id");
      if (!id.isMissingNode()) {
        Execution e = executions.computeIfAbsent(Long.parseLong(id.asText()), ignored -> new Execution());
        e.jobs++;
        event.path("Stage IDs").forEach(stage -> e.stages.add(stage.asInt()));
      }
    } else if (type.equals("SparkListenerStageCompleted") && event.path("Stage Info").has("Submission Time")) {
      JsonNode info = event.path("Stage Info");
      double run = 0;
      double cpu = 0;
      for (JsonNode accumulable : info.path("Accumulables")) {
        String name = accumulable.path("Name").asText();
        if (name.equals("internal.metrics.executorRunTime")) {
          run = accumulable.path("Value").asLong() / 1e3;
        } else if (name.equals("internal.metrics.executorCpuTime")) {
          cpu = accumulable.path("Value").asLong() / 1e9;
        }
      }
      stages.put(info.path("Stage ID").asInt(), new Stage(info.path("Number of Tasks").asInt(), run, cpu));
    }
  }

  /** Summed over the stages of the execution that ran. */
  private static double sum(Execution e, Map<Integer, Stage> stages, ToDoubleFunction<Stage> value) {
    return ran(e, stages).mapToDouble(value).sum();
  }

  /** The execution's stages that ran: a skipped stage (its output reused) never completes. */
  private static Stream<Stage> ran(Execution e, Map<Integer, Stage> stages) {
    return e.stages.stream().filter(stages::containsKey).map(stages::get);
  }

  private static List<Path> files(Path log) throws IOException {
    if (!Files.isDirectory(log)) {
      return List.of(log);
    }
    try (Stream<Path> listed = Files.list(log)) {
      return listed.filter(f -> f.getFileName().toString().startsWith("events_")).sorted().toList();
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.toString().endsWith(".zstd") ? new ZstdInputStream(in) : in;
  }
}
