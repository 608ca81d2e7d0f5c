package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code npcwh} in a process of its own (same classpath and JVM flags as the launcher), for
 * what needs a separate process: being killed with SIGKILL, or holding the warehouse lock.
 */
final class CliProcess {
  static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";
  private final Process process;
  private final BufferedReader stderr;
  private final List<String> seen = new ArrayList<>();

  private CliProcess(Process process) {
    this.process = process;
    this.stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
  }

  static CliProcess start(String... args) throws IOException {
    return start(List.of(), args);
  }

  /** With JVM flags after the launcher's (so that, e.g., an {@code -Xmx} here wins). */
  static CliProcess start(List<String> jvmFlags, String... args) throws IOException {
    List<String> command = java(System.getProperty("java.class.path"), Npcwh.class.getName());
    command.addAll(command.indexOf("-cp"), jvmFlags);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("NPCWH_PII_KEY", "key-for-the-end-to-end-tests-only");
    return new CliProcess(builder.start());
  }

  /**
   * The start of a command line running {@code mainClass} on this JVM's Java with the launcher's JVM flags,
   * and the quick JIT compiler only: the JVMs tests start each run one short command on tiny data, where
   * the optimising compiler costs a third more CPU and gains nothing (docs/decisions.md, issue 11's
   * seventh pass), and up to eight of them share two cores in the cluster test.
   */
  static List<String> java(String classpath, String mainClass) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of(Files.readString(Path.of("target", "jvm.options")).trim().split("\\s+")));
    command.add(QUICK_COMPILER_ONLY);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    return command;
  }

  /** Reads progress until a line containing {@code marker}; fails when the process ends first. */
  CliProcess awaitLine(String marker) throws IOException {
    for (String line = stderr.readLine(); line != null; line = stderr.readLine()) {
      seen.add(line);
      if (line.contains(marker)) {
        return this;
      }
    }
    throw new AssertionError("the process ended before printing '" + marker + "':\n" + String.join("\n", seen));
  }

  /** SIGKILL: no shutdown hook, no finally block runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  int awaitExit() throws IOException, InterruptedException {
    for (String line = stderr.readLine(); line != null; line = stderr.readLine()) {
      seen.add(line);
    }
    return process.waitFor();
  }

  long pid() {
    return process.pid();
  }

  String progress() {
    return String.join("\n", seen);
  }
}
