package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the real CLI refuses before it computes or publishes anything: exit 3, one clear paragraph. */
class EarlyRefusalsTest {
  @TempDir Path tmp;

  @Test
  void runRefusesAPeriodBeforeAnyEventBeforeTransformAndPublishesNothing() throws Exception {
    Path landing = tmp.resolve("landing");
    Path warehouse = tmp.resolve("warehouse");
    fullBatch(landing, "regions", "2022-01-01T0100", "region_code,name,level,parent_code\n440303,罗湖区,DISTRICT,\n");

    Cli cli = Cli.run("run", "--landing", landing.toString(), "--warehouse", warehouse.toString(), "-p", "2021-06");

    assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(3);
    assertThat(cli.err()).contains("Error: No figures can be computed for 2021-06: the warehouse holds no event yet")
        .doesNotContain("[transform]", "[check]", "[publish]");
    assertThat(warehouse.resolve("raw/regions/2022-01-01T0100")).isDirectory();
    try (var entries = Files.list(warehouse)) {
      assertThat(entries.map(p -> p.getFileName().toString())).as("only the ingested batches (and the lock file, the log)")
          .containsExactlyInAnyOrder("raw", ".lock", "logs");
    }
  }

  @Test
  void anUnreachableSparkMasterEndsWithExitCode8NamingItAndWhatToDo() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    String master = "spark://127.0.0.1:" + closed;

    Cli cli = Cli.run("transform", "--warehouse", tmp.toString(), "-p", "2023-01", "--master", master);

    assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(8);
    assertThat(cli.err()).contains("Error: Cannot reach the Spark master " + master, "127.0.0.1:" + closed,
        "Check the --master URL", "--master local[*]");
  }

  /** A landing batch of one CSV file with its manifest (mode full, UTF-8). */
  private static void fullBatch(Path landing, String dataset, String batchId, String csv) throws Exception {
    Path batch = Files.createDirectories(landing.resolve(dataset).resolve(batchId));
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    Files.write(batch.resolve(dataset + ".csv"), bytes);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    long rows = csv.lines().count() - 1;
    Files.writeString(batch.resolve("_manifest.json"), """
        {"dataset": "%s", "batch_id": "%s", "extracted_at": "2022-01-01 01:00:00", "mode": "full",
         "format": "csv", "encoding": "UTF-8",
         "files": [{"name": "%s.csv", "rows": %d, "sha256": "%s"}]}
        """.formatted(dataset, batchId, dataset, rows, sha256), StandardCharsets.UTF_8);
  }
}
