package org.npcwh.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
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
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * A real Spark standalone cluster on this machine, as a new user starts one from the jars the build
 * has: a master and workers, each its own JVM, bound to 127.0.0.1 on free ports. A worker launches
 * executors only when {@code SPARK_HOME} has a {@code jars/} folder (the executors' classpath) and
 * {@code SPARK_SCALA_VERSION} is set (Spark's launcher otherwise looks for a Spark source build), so
 * the cluster gets a SPARK_HOME of its own whose {@code jars/} holds this test's classpath, each
 * module's classes folder packed as a jar. Drivers run as processes too, and {@link #close} kills
 * every JVM it started.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final Duration START = Duration.ofMinutes(3);
  private static final Duration DRIVER = Duration.ofMinutes(15);
  private static final String SCALA_VERSION = "2.13";

  private final Path dir;
  private final int port = freePort();
  private final int uiPort = freePort();
  private final List<Process> processes = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private StandaloneCluster(Path dir) {
    this.dir = dir;
  }

  /** Starts a master and {@code workers} workers of one core and 1 GB each; returns when all registered. */
  static StandaloneCluster start(Path dir, int workers) throws IOException, InterruptedException {
    StandaloneCluster cluster = new StandaloneCluster(dir);
    try {
      cluster.sparkHome(applicationClasses());
      cluster.launch("master", "org.apache.spark.deploy.master.Master",
          List.of("--host", "127.0.0.1", "--port", "" + cluster.port, "--webui-port", "" + cluster.uiPort));
      for (int i = 1; i <= workers; i++) {
        Path work = Files.createDirectories(dir.resolve("work-" + i));
        cluster.launch("worker-" + i, "org.apache.spark.deploy.worker.Worker", List.of("--host", "127.0.0.1",
            "--webui-port", "" + freePort(), "--cores", "1", "--memory", "1g", "--work-dir", work.toString(),
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

  /** What the cluster provides (Spark, Scala, Hadoop, the modules), as spark-submit's classpath. */
  String sparkClasspath() {
    return dir.resolve("spark-home").resolve("jars") + File.separator + "*";
  }

  /** The app module's own classes as a jar: the application a user hands to spark-submit. */
  Path applicationJar() {
    return dir.resolve("npcwh-app.jar");
  }

  /** The applications worker {@code worker} (1, 2, …) launched executors for, by id: one folder each. */
  Set<String> applicationsOn(int worker) throws IOException {
    try (Stream<Path> apps = Files.list(dir.resolve("work-" + worker))) {
      return apps.map(app -> app.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** Runs a driver JVM to its end (killed after {@link #DRIVER}); its output is in the result. */
  Finished run(String name, String classpath, String mainClass, List<String> jvmFlags, List<String> args)
      throws IOException, InterruptedException {
    List<String> flags = new ArrayList<>(List.of("-Xmx1g"));
    flags.addAll(jvmFlags);
    Process driver = launch(name, classpath, mainClass, args, flags);
    if (!driver.waitFor(DRIVER.toSeconds(), TimeUnit.SECONDS)) {
      driver.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
      throw new AssertionError(name + " did not end within " + DRIVER + " and was killed; its log:\n" + log(name));
    }
    return new Finished(driver.exitValue(), log(name));
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

  /** The test's classpath minus the app module's own classes, which become the application jar. */
  private static List<Path> applicationClasses() {
    return List.of(Path.of("target", "classes").toAbsolutePath(), Path.of("target", "test-classes").toAbsolutePath());
  }

  private void sparkHome(List<Path> notProvided) throws IOException {
    Path jars = Files.createDirectories(dir.resolve("spark-home").resolve("jars"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      if (Files.isDirectory(path) && !notProvided.contains(path)) {
        // A reactor module's target/classes: named after its module folder.
        pack(path, jars.resolve(path.getParent().getParent().getFileName() + "-classes.jar"));
      } else if (entry.endsWith(".jar") && !Files.exists(jars.resolve(path.getFileName()))) {
        Files.createSymbolicLink(jars.resolve(path.getFileName()), path);
      }
    }
    pack(notProvided.get(0), applicationJar());
  }

  private static void pack(Path classes, Path jar) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        Files.copy(file, (OutputStream) out);
        out.closeEntry();
      }
    }
  }

  private Process launch(String name, String mainClass, List<String> args) throws IOException {
    return launch(name, sparkClasspath(), mainClass, args, List.of("-Xmx512m"));
  }

  private Process launch(String name, String classpath, String mainClass, List<String> args, List<String> jvmFlags)
      throws IOException {
    List<String> command = CliProcess.java(classpath, mainClass);
    command.addAll(1, jvmFlags);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_HOME", dir.resolve("spark-home").toString());
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
