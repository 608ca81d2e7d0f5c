package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The Airflow DAGs only schedule {@code npcwh}: every command line they would run (sample values
 * without spaces, so a line splits on blanks) must be one the real command-line parser accepts, and
 * their tests (standard-library Python; the DagBag test skips itself without Airflow) must pass.
 * Airflow itself cannot be installed here; Python 3 is needed, and the tests are skipped without it.
 */
class DagsTest {
  private static final Path DAGS = Path.of("..", "dags").toAbsolutePath().normalize();

  @Test
  void everyDagCommandLineIsAcceptedByNpcwh() throws Exception {
    List<String> lines = python("tests/render_commands.py");
    // A stage that takes a period once per grain: the month, the quarter it closes, the year it closes.
    assertThat(lines).extracting(l -> l.split(" ")[1] + (l.contains("--period") ? " " + l.split("--period ")[1].split(" ")[0] : ""))
        .containsExactly("pull", "ingest", "transform 2023-06", "transform 2023-Q2", "transform 2023",
            "check 2023-06", "check 2023-Q2", "check 2023", "publish",
            "report 2023-06", "report 2023-Q2", "report 2023");
    for (String line : lines) {
      String[] words = line.trim().split(" +");
      assertThat(words[0]).isEqualTo("./npcwh");
      String[] args = Arrays.copyOfRange(words, 1, words.length);
      CommandLine.ParseResult parsed = Npcwh.newCommandLine().parseArgs(args);
      assertThat(parsed.subcommand()).as(line).isNotNull();
      assertThat(parsed.subcommand().unmatched()).as(line).isEmpty();
    }
  }

  @Test
  void dagStructureTestsPass() throws Exception {
    List<String> output = python("-m", "unittest", "discover", "-s", "tests");
    assertThat(String.join("\n", output)).contains("OK");
  }

  private static List<String> python(String... args) throws IOException, InterruptedException {
    assumeTrue(pythonAvailable(), "python3 is not installed: the DAG checks need it");
    String[] command = new String[args.length + 1];
    command[0] = "python3";
    System.arraycopy(args, 0, command, 1, args.length);
    Process process = new ProcessBuilder(command).directory(DAGS.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out.lines().filter(l -> !l.isBlank()).toList();
  }

  private static boolean pythonAvailable() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor(20, TimeUnit.SECONDS)
          && Files.isDirectory(DAGS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
