package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.TreeFiles;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.samples.SampleGenerator;

/**
 * The transform on a real Spark standalone cluster (a master and two workers, each its own JVM, on
 * Spark's jars alone, see {@link StandaloneCluster}) computes exactly the figures of a local run on the
 * same raw layer: once started as {@code npcwh transform --master spark://…} with the launcher's
 * classpath, and once through spark-submit with the thin application jar, which must carry everything
 * npcwh needs beyond Spark. Both drivers run at once on one cluster (the runs are mostly waiting, so
 * this halves the test's time), while the local run computes the expected figures. The first route's
 * warehouse is a local folder, which the executors see because they run on this machine (on a real
 * cluster: a mount every executor sees); the second's lives on a real HDFS beside the cluster (its own
 * JVM), which the driver and the executors read and write through Hadoop's file system API. Run by
 * {@code mvn verify}, after the thin jar is built.
 */
@Tag("packaged")
class StandaloneClusterIT {
  private static final String PERIOD = "2022-03";
  /** Batches extracted before this (folder names sort by extraction time) hold the period's data. */
  private static final String AFTER_PERIOD = "2022-05";
  /**
   * Given as a user would (system properties, or spark-submit's --conf): a cluster gets Spark's defaults,
   * made for data that is not small, so the tiny layer's runs take few shuffle partitions, no generated
   * code and no adaptive re-planning (the settings a local master gets by itself); and each application
   * half of each worker (one core, 512 MB), so both run at once with an executor on each worker. Spark's
   * 300 s for a broadcast ran out on this two-core machine under a load of 35, so it gets 20 minutes. The
   * executors, like every JVM the test starts ({@link CliProcess#java}), get the quick JIT compiler only.
   */
  private static final List<String> SETTINGS = List.of("spark.sql.shuffle.partitions=2",
      "spark.sql.codegen.wholeStage=false", "spark.sql.adaptive.enabled=false", "spark.cores.max=2",
      "spark.executor.memory=512m", "spark.sql.broadcastTimeout=1200",
      "spark.executor.extraJavaOptions=" + CliProcess.QUICK_COMPILER_ONLY);
  private static final Path SUBMIT_JAR = Path.of(System.getProperty("npcwh.spark.submit.jar"));
  private static final Path SPARK_HOME = Path.of(System.getProperty("npcwh.spark.home"));
  private static final Path HDFS_JAR = Path.of(System.getProperty("npcwh.hdfs.jar"));

  @TempDir static Path tmp;
  private static List<String> local;
  private static StandaloneCluster cluster;
  private static StandaloneCluster.Driver npcwh;
  private static StandaloneCluster.Driver submit;
  /** The spark-submit route's warehouse, on HDFS. */
  private static URI onHdfs;

  @BeforeAll
  static void startBothRoutesThenTransformLocally() throws Exception {
    assertThat(SUBMIT_JAR).as("the thin jar, built at pre-integration-test (mvn verify)").isRegularFile();
    Path landing = tmp.resolve("landing");
    Path ingested = tmp.resolve("ingested");
    new SampleGenerator(SampleGenerator.DEFAULT_SEED, 0.02).generate(landing, line -> { });
    keepBatchesBefore(landing, AFTER_PERIOD);
    Cli ingest = Cli.run("ingest", "-l", landing.toString(), "-w", ingested.toString());
    assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
    cluster = StandaloneCluster.start(tmp.resolve("cluster"), SPARK_HOME, 2);
    onHdfs = cluster.startHdfs(HDFS_JAR).resolve("/submit");
    hdfs().copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(new WarehouseLayout(ingested).raw().toUri()),
        new org.apache.hadoop.fs.Path(onHdfs.resolve("/submit/raw")));

    // The launcher's classpath (./npcwh); the executors get npcwh's classes from the thin jar.
    List<String> flags = new ArrayList<>(List.of("-Dspark.jars=" + SUBMIT_JAR));
    SETTINGS.forEach(setting -> flags.add("-D" + setting));
    npcwh = cluster.start("npcwh-transform", Path.of("target", "npcwh.jar").toAbsolutePath() + File.pathSeparator
        + Path.of("target", "lib").toAbsolutePath() + File.separator + "*", Npcwh.class.getName(), flags,
        List.of("transform", "-w", copyOfIngested(ingested, "npcwh").toString(), "-p", PERIOD,
            "--master", cluster.masterUrl()));

    // What bin/spark-submit runs: SparkSubmit on the cluster's jars, the application jar given apart.
    List<String> args = new ArrayList<>(List.of("--master", cluster.masterUrl(), "--deploy-mode", "client"));
    SETTINGS.forEach(setting -> args.addAll(List.of("--conf", setting)));
    args.addAll(List.of("--class", Npcwh.class.getName(), SUBMIT_JAR.toString(),
        "transform", "-w", onHdfs.toString(), "-p", PERIOD));
    submit = cluster.start("spark-submit", cluster.sparkClasspath(), "org.apache.spark.deploy.SparkSubmit",
        List.of(), args);

    Path warehouse = copyOfIngested(ingested, "local");
    Cli transform = Cli.run("transform", "-w", warehouse.toString(), "-p", PERIOD, "--master", "local[*]");
    assertThat(transform.exitCode()).as(transform.toString()).isZero();
    local = figures(warehouse);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theLocalRunComputesFigures() {
    assertThat(local).hasSizeGreaterThan(100)
        .anyMatch(row -> row.contains(", CITY, CITY, ") && !row.endsWith(", 0.0, NULL)"));
  }

  @Test
  void npcwhTransformWithAClusterMasterGivesTheLocalFigures() throws Exception {
    succeeded(npcwh);

    assertThat(figures(tmp.resolve("npcwh"))).isEqualTo(local);
  }

  @Test
  void sparkSubmitOfTheThinJarWithTheWarehouseOnHdfsGivesTheLocalFigures() throws Exception {
    succeeded(submit);
    Path fetched = tmp.resolve("submit");
    hdfs().copyToLocalFile(false, new org.apache.hadoop.fs.Path(onHdfs.resolve("/submit/candidate")),
        new org.apache.hadoop.fs.Path(new WarehouseLayout(fetched).candidate().toUri()), true);

    assertThat(figures(fetched)).isEqualTo(local);
    // The run's lock and staging folder are gone: only the raw layer and the new candidate remain.
    assertThat(hdfs().listStatus(new org.apache.hadoop.fs.Path(onHdfs))).extracting(s -> s.getPath().getName())
        .containsExactlyInAnyOrder("raw", "candidate");
  }

  @Test
  void eachRouteRanAnExecutorOnEachWorker() throws Exception {
    succeeded(npcwh);
    succeeded(submit);

    // Two drivers, two applications, each with a folder on each worker: no route ran without the cluster.
    assertThat(cluster.applicationsOn(1)).as("applications with an executor on worker 1")
        .hasSize(2).isEqualTo(cluster.applicationsOn(2));
  }

  private static FileSystem hdfs() throws IOException {
    return FileSystem.get(onHdfs, new Configuration());
  }

  /** The driver ended well, on the cluster's master. */
  private static void succeeded(StandaloneCluster.Driver driver) throws Exception {
    StandaloneCluster.Finished run = driver.await();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    // The settings above turn code generation off on the cluster too, and the progress line says so.
    assertThat(run.output()).contains("(master " + cluster.masterUrl() + ", code generation off)");
  }

  /** A small landing zone ingests in seconds: the sample's first months only. */
  private static void keepBatchesBefore(Path landing, String extracted) throws IOException {
    try (Stream<Path> batches = Files.list(landing).filter(Files::isDirectory).flatMap(StandaloneClusterIT::list)) {
      for (Path batch : batches.filter(b -> b.getFileName().toString().compareTo(extracted) >= 0).toList()) {
        TreeFiles.deleteRecursively(batch);
      }
    }
  }

  private static Stream<Path> list(Path folder) {
    try {
      return Files.list(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A warehouse holding the ingested raw layer (hard links: the transform never writes raw files); not
   * the writer lock, whose one file, linked, would make the runs wait for each other.
   */
  private static Path copyOfIngested(Path ingested, String name) throws IOException {
    Path warehouse = tmp.resolve(name);
    TreeFiles.linkTree(new WarehouseLayout(ingested).raw(), new WarehouseLayout(warehouse).raw());
    return warehouse;
  }

  /** Every candidate metric_values row: keys, value, numerator and denominator. */
  private static List<String> figures(Path warehouse) throws SQLException {
    Path files = new WarehouseLayout(warehouse).candidateMetricValues().resolve("*.parquet");
    List<String> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement select = db.prepareStatement("SELECT CAST(row(period, grain, metric_id, scope_type,"
            + " scope_code, value, numerator, denominator) AS VARCHAR) AS figure FROM read_parquet(?) ORDER BY figure")) {
      select.setString(1, files.toString());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
    }
    return rows;
  }
}
