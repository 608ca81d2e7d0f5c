package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.error.ExitCode;

/**
 * Real SIGKILLs of the real CLI at every stage: ingest, the transform's steps, check, publish and
 * report. After each kill the published release is byte for byte what it was; the rerun publishes
 * what an uninterrupted run does, and the next writer removes what the killed one left.
 */
class KilledRunsIT {
  @TempDir static Path tmp;
  static Path landing;
  static Path warehouse;

  @BeforeAll
  static void publishMayWithoutInterruption() {
    landing = tmp.resolve("landing");
    warehouse = tmp.resolve("warehouse");
    Cli sample = Cli.run("sample", "--out", landing.toString(), "--scale", "0.1");
    assertThat(sample.exitCode()).as(sample.toString()).isZero();
    Cli may = Cli.run("run", "-l", landing.toString(), "-w", warehouse.toString(), "-p", "2023-05");
    assertThat(may.exitCode()).as(may.toString()).isEqualTo(ExitCode.BAD_INPUT.code()); // the sample's damaged batch
    assertThat(may.out()).contains("Published 1 period(s): 2023-05");
  }

  @Test
  void aKillAtAnyStepLeavesThePublishedReleaseWholeAndTheRerunFinishesTheWork() throws Exception {
    String w = warehouse.toString();
    Map<String, String> may = published();

    killAt("[ingest] messages/", "ingest", "-l", landing.toString(), "-w", tmp.resolve("second").toString());
    assertThat(Cli.run("ingest", "-l", landing.toString(), "-w", tmp.resolve("second").toString()).exitCode())
        .isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(rawLayer(tmp.resolve("second"))).as("raw layer after a killed ingest and a rerun")
        .isEqualTo(rawLayer(warehouse));

    CliProcess transform = CliProcess.start("transform", "-w", w, "-p", "2023-06").awaitLine("current state …");
    Cli blocked = Cli.run("publish", "-w", w);
    assertThat(blocked.exitCode()).isEqualTo(ExitCode.WAREHOUSE_BUSY.code());
    assertThat(blocked.err()).contains("pid " + transform.pid()).contains("'npcwh transform'").contains("since");
    transform.kill();
    assertThat(published()).isEqualTo(may);

    killAt("metric values …", "transform", "-w", w, "-p", "2023-06");
    assertThat(published()).isEqualTo(may);
    assertThat(Cli.run("transform", "-w", w, "-p", "2023-06").exitCode()).isZero();
    killAt("[check] started", "check", "-w", w, "-p", "2023-06");
    assertThat(Cli.run("check", "-w", w, "-p", "2023-06").exitCode()).isZero();
    killAt("[publish] started", "publish", "-w", w);
    assertThat(published()).isEqualTo(may);

    assertThat(Cli.run("publish", "-w", w).exitCode()).isZero();
    Map<String, String> june = published();
    assertThat(june).containsEntry("marts/metric_values/2023-05.parquet", may.get("marts/metric_values/2023-05.parquet"))
        .containsKey("marts/metric_values/2023-06.parquet");
    killAt("[report] rendering", "report", "-w", w, "-p", "2023-06");
    assertThat(published()).isEqualTo(june);

    Cli report = Cli.run("report", "-w", w, "-p", "2023-06");
    assertThat(report.exitCode()).as(report.toString()).isZero();
    Map<String, String> withReport = published();
    assertThat(withReport.remove("reports/npc-monthly-2023-06.pdf")).isNotNull();
    assertThat(withReport.remove("reports/index.html")).as("the index now lists June's report")
        .isNotNull().isNotEqualTo(june.remove("reports/index.html"));
    assertThat(withReport).isEqualTo(june);
    assertThat(warehouse.resolve("_staging")).doesNotExist();
    try (Stream<Path> releases = Files.list(warehouse.resolve("releases"))) {
      assertThat(releases.count()).as("the release in force and the one before").isEqualTo(2);
    }
  }

  /** Starts the command, kills it when it prints {@code marker}; the warehouse's lock is free again. */
  private static void killAt(String marker, String... args) throws Exception {
    CliProcess.start(args).awaitLine(marker).kill();
  }

  /** Every file of the release in force, by path inside it, with its SHA-256. */
  private static Map<String, String> published() throws IOException {
    return fingerprint(warehouse.resolve("published").toRealPath());
  }

  /**
   * The rows of every batch (data and set-aside files, by content: parquet-mr writes a column's
   * encodings in hash-set order, which differs between processes) and each batch's ledger counts.
   */
  private static Map<String, String> rawLayer(Path wh) throws Exception {
    Map<String, String> batches = new TreeMap<>();
    Path raw = wh.resolve("raw");
    try (var db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        Stream<Path> all = Files.walk(raw)) {
      for (Path file : all.filter(f -> f.toString().endsWith(".parquet") && !f.startsWith(raw.resolve("_rejected"))
          && !f.getFileName().toString().equals("_ledger.parquet")).toList()) {
        batches.put(raw.relativize(file).toString(), rows(db, "SELECT md5(string_agg(CAST(t AS VARCHAR), chr(10)"
            + " ORDER BY CAST(t AS VARCHAR))) FROM read_parquet('" + file + "') AS t"));
      }
      batches.put("ledger", rows(db, "SELECT dataset, batch_id, status, rows_in, rows_accepted, rows_set_aside"
          + " FROM read_parquet('" + raw + "/*/*/_ledger.parquet') ORDER BY ALL"));
    }
    return batches;
  }

  private static String rows(java.sql.Connection db, String sql) throws java.sql.SQLException {
    StringBuilder text = new StringBuilder();
    try (var rs = db.createStatement().executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          text.append(rs.getString(i)).append(i < columns ? "," : "\n");
        }
      }
    }
    return text.toString();
  }

  private static Map<String, String> fingerprint(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), sha256(file));
      }
    }
    return files;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
