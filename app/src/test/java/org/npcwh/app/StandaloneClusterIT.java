package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.TreeFiles;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.samples.SampleGenerator;

/**
 * The transform on a real Spark standalone cluster (a master and two workers, each its own JVM, see
 * {@link StandaloneCluster}) computes exactly the figures of a local run on the same raw layer: once
 * started as {@code npcwh transform --master spark://…} and once through spark-submit with the
 * application jar. The warehouse is a local folder, which the executors see because they run on this
 * machine; on a real cluster it must be a path every executor sees.
 */
class StandaloneClusterIT {
  private static final String PERIOD = "2022-03";
  /** Batches extracted before this (folder names sort by extraction time) hold the period's data. */
  private static final String AFTER_PERIOD = "2022-05";
  /**
   * A cluster gets Spark's 200 shuffle partitions, made for data that is not small; a few keep the runs
   * on this tiny layer short (given as a user would: a system property, or spark-submit's --conf).
   */
  private static final String SMALL_DATA = "spark.sql.shuffle.partitions=2";

  @TempDir static Path tmp;
  private static Path ingested;
  private static List<String> local;
  private static StandaloneCluster cluster;

  @BeforeAll
  static void ingestAndTransformLocally() throws Exception {
    Path landing = tmp.resolve("landing");
    ingested = tmp.resolve("ingested");
    new SampleGenerator(SampleGenerator.DEFAULT_SEED, 0.02).generate(landing, line -> { });
    keepBatchesBefore(landing, AFTER_PERIOD);
    Cli ingest = Cli.run("ingest", "-l", landing.toString(), "-w", ingested.toString());
    assertThat(ingest.exitCode()).as(ingest.toString()).isZero();
    Path warehouse = copyOfIngested("local");
    Cli transform = Cli.run("transform", "-w", warehouse.toString(), "-p", PERIOD, "--master", "local[*]");
    assertThat(transform.exitCode()).as(transform.toString()).isZero();
    local = figures(warehouse);
    cluster = StandaloneCluster.start(tmp.resolve("cluster"), 2);
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
    Path warehouse = copyOfIngested("npcwh");
    // The launcher's classpath: the application jar, then what app/target/lib holds.
    onCluster("npcwh-transform", cluster.applicationJar() + File.pathSeparator + cluster.sparkClasspath(),
        Npcwh.class.getName(), List.of("-D" + SMALL_DATA),
        List.of("transform", "-w", warehouse.toString(), "-p", PERIOD, "--master", cluster.masterUrl()));

    assertThat(figures(warehouse)).isEqualTo(local);
  }

  @Test
  void sparkSubmitOfTheApplicationJarGivesTheLocalFigures() throws Exception {
    Path warehouse = copyOfIngested("submit");
    // What bin/spark-submit runs: SparkSubmit on the cluster's jars, the application jar given apart.
    onCluster("spark-submit", cluster.sparkClasspath(), "org.apache.spark.deploy.SparkSubmit", List.of(),
        List.of("--master", cluster.masterUrl(), "--deploy-mode", "client", "--conf", SMALL_DATA,
            "--class", Npcwh.class.getName(), cluster.applicationJar().toString(), "transform", "-w", warehouse.toString(), "-p", PERIOD));

    assertThat(figures(warehouse)).isEqualTo(local);
  }

  /** Runs a driver to its end; it must succeed on the cluster's master with an executor on each worker. */
  private static void onCluster(String name, String classpath, String mainClass, List<String> jvmFlags,
      List<String> args) throws Exception {
    Set<String> before = cluster.applicationsOn(1);
    StandaloneCluster.Finished run = cluster.run(name, classpath, mainClass, jvmFlags, args);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.output()).contains("(master " + cluster.masterUrl() + ")");
    assertThat(cluster.applicationsOn(1)).as("applications with an executor on worker 1")
        .hasSize(before.size() + 1).isEqualTo(cluster.applicationsOn(2));
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

  /** A warehouse holding the ingested raw layer (hard links: the transform never writes raw files). */
  private static Path copyOfIngested(String name) throws IOException {
    Path warehouse = tmp.resolve(name);
    TreeFiles.linkTree(ingested, warehouse);
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
