package org.npcwh.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on this machine, as a new user starts one from the jars the build
 * has: a master and workers, each its own JVM, bound to 127.0.0.1 on free ports, on Spark's jars
 * alone (a {@code SPARK_HOME} whose {@code jars/} holds Spark and its dependencies, nothing of npcwh).
 * A worker launches executors only when {@code SPARK_HOME} has that {@code jars/} folder (the
 * executors' classpath) and {@code SPARK_SCALA_VERSION} is set (Spark's launcher otherwise looks for
 * a Spark source build). Drivers run as processes too, and so does an HDFS when a test asks for one;
 * {@link #close} kills every JVM it started.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final Duration START = Duration.ofMinutes(3);
  private static final Duration DRIVER = Duration.ofMinutes(15);
  private static final String SCALA_VERSION = "2.13";

  private final Path dir;
  private final Path sparkHome;
  private final int port = freePort();
  private final int uiPort = freePort();
  private final List<Process> processes = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private StandaloneCluster(Path dir, Path sparkHome) {
    this.dir = dir;
    this.sparkHome = sparkHome;
  }

  /**
   * Starts a master and {@code workers} workers of two cores and 1 GB each (room for two applications'
   * executors at once); returns when all registered.
   */
  static StandaloneCluster start(Path dir, Path sparkHome, int workers) throws IOException, InterruptedException {
    if (!Files.isDirectory(sparkHome.resolve("jars"))) {
      throw new IllegalStateException(sparkHome.resolve("jars") + " is missing: the spark-dist module builds it");
    }
    StandaloneCluster cluster = new StandaloneCluster(Files.createDirectories(dir), sparkHome);
    try {
      cluster.launch("master", "org.apache.spark.deploy.master.Master",
          List.of("--host", "127.0.0.1", "--port", "" + cluster.port, "--webui-port", "" + cluster.uiPort));
      for (int i = 1; i <= workers; i++) {
        Path work = Files.createDirectories(dir.resolve("work-" + i));
        cluster.launch("worker-" + i, "org.apache.spark.deploy.worker.Worker", List.of("--host", "127.0.0.1",
            "--webui-port", "" + freePort(), "--cores", "2", "--memory", "1g", "--work-dir", work.toString(),
            cluster.masterUrl()));
      }
      cluster.awaitWorkers(workers);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + port;
  }

  /** What the cluster provides (Spark and its dependencies), as spark-submit's classpath. */
  String sparkClasspath() {
    return sparkHome.resolve("jars") + File.separator + "*";
  }

  /** The applications worker {@code worker} (1, 2, …) launched executors for, by id: one folder each. */
  Set<String> applicationsOn(int worker) throws IOException {
    try (Stream<Path> apps = Files.list(dir.resolve("work-" + worker))) {
      return apps.map(app -> app.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /**
   * Starts an HDFS beside the cluster (a namenode and a datanode in one JVM, see {@code src/test/hdfs/MiniHdfs.java})
   * on Spark's jars and Hadoop's minicluster jar; returns its URI once it serves.
   */
  URI startHdfs(Path miniclusterJar) throws IOException, InterruptedException {
    String classpath = sparkClasspath() + File.pathSeparator + miniclusterJar;
    String source = Path.of("src", "test", "hdfs", "MiniHdfs.java").toAbsolutePath().toString();
    Process hdfs = launch("hdfs", classpath, source, List.of(dir.resolve("hdfs").toString(), "" + freePort()),
        List.of("-Xmx512m"));
    String marker = "HDFS serving at ";
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      if (!hdfs.isAlive()) {
        throw new AssertionError("HDFS ended while it started (exit " + hdfs.exitValue() + "); its log:\n"
            + log("hdfs"));
      }
      for (String line : log("hdfs").lines().toList()) {
        if (line.startsWith(marker)) {
          return URI.create(line.substring(marker.length()).strip());
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("HDFS did not serve within " + START + "; its log:\n" + log("hdfs"));
  }

  /** Starts a driver JVM; its output goes to {@code <name>.log}. */
  Driver start(String name, String classpath, String mainClass, List<String> jvmFlags, List<String> args)
      throws IOException {
    List<String> flags = new ArrayList<>(List.of("-Xmx1g"));
    flags.addAll(jvmFlags);
    return new Driver(name, launch(name, classpath, mainClass, args, flags));
  }

  /** A driver started on the cluster. */
  final class Driver {
    private final String name;
    private final Process process;

    private Driver(String name, Process process) {
      this.name = name;
      this.process = process;
    }

    /** Waits for its end (killed after {@link #DRIVER}); its output is in the result. */
    Finished await() throws IOException, InterruptedException {
      if (!process.waitFor(DRIVER.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        throw new AssertionError(name + " did not end within " + DRIVER + " and was killed; its log:\n" + log(name));
      }
      return new Finished(process.exitValue(), log(name));
    }
  }

  /** A driver's exit code and everything it printed. */
  record Finished(int exitCode, String output) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n" + output;
    }
  }

  @Override
  public void close() {
    for (Process process : processes) {
      process.destroyForcibly();
    }
    for (Process process : processes) {
      try {
        process.waitFor(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Process launch(String name, String mainClass, List<String> args) throws IOException {
    return launch(name, sparkClasspath(), mainClass, args, List.of("-Xmx512m"));
  }

  private Process launch(String name, String classpath, String mainClass, List<String> args, List<String> jvmFlags)
      throws IOException {
    List<String> command = CliProcess.java(classpath, mainClass);
    command.addAll(command.indexOf("-cp"), jvmFlags); // after the launcher's flags, so that its heap is overridden
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", SCALA_VERSION);
    // Every JVM, executors included (they inherit the worker's environment), binds to and advertises 127.0.0.1.
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_HOSTNAME", "127.0.0.1");
    env.put("NPCWH_PII_KEY", "key-for-the-end-to-end-tests-only");
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  private void awaitWorkers(int workers) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START.toNanos();
    int alive = -1;
    while (System.nanoTime() < deadline) {
      for (Process process : processes) {
        if (!process.isAlive()) {
          throw new AssertionError("a cluster JVM ended while the cluster started (exit " + process.exitValue()
              + "); logs:\n" + logs());
        }
      }
      try {
        alive = state().path("aliveworkers").asInt(-1);
      } catch (IOException notYetListening) {
        alive = -1;
      }
      if (alive == workers) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the master at " + masterUrl() + " had " + alive + " live workers of " + workers
        + " after " + START + "; logs:\n" + logs());
  }

  /** The master's state, as its web UI serves it in JSON. */
  private JsonNode state() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
        .timeout(Duration.ofSeconds(10)).build();
    return new ObjectMapper().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  private String log(String name) throws IOException {
    return Files.readString(dir.resolve(name + ".log"));
  }

  private String logs() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
        all.append("--- ").append(file.getFileName()).append('\n').append(Files.readString(file));
      }
    }
    return all.toString();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free local port", e);
    }
  }
}
