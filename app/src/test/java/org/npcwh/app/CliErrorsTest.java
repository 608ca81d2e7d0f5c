package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.error.UserException;
import picocli.CommandLine;

/** What a user sees when something is wrong: one paragraph, what/why/what to do, a distinct exit code. */
class CliErrorsTest {
  @TempDir Path tmp;

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Cli cli = Cli.run("--help");
    assertThat(cli.exitCode()).isZero();
    assertThat(Npcwh.newCommandLine().getSubcommands().keySet()).hasSizeGreaterThan(10)
        .allSatisfy(command -> assertThat(cli.out()).contains("  " + command + " "));
    assertThat(cli.out()).contains("Exit codes:", "bad input", "data-quality checks failed");
  }

  /** Every command and subcommand the parser knows, so a new one is covered without editing this test. */
  @Test
  void everyCommandHasHelpWithTheExitCodes() {
    List<CommandLine> commands = new ArrayList<>();
    collect(Npcwh.newCommandLine(), commands);
    assertThat(commands).extracting(c -> c.getCommandSpec().qualifiedName(" "))
        .contains("npcwh demo", "npcwh run", "npcwh airflow trigger");
    for (CommandLine command : commands) {
      String name = command.getCommandSpec().qualifiedName(" ");
      List<String> words = new ArrayList<>(List.of(name.split(" ")));
      words.set(0, "--help"); // "npcwh airflow trigger" → airflow trigger --help
      words.add(words.remove(0));
      Cli cli = Cli.run(words.toArray(String[]::new));
      assertThat(cli.exitCode()).as(name).isZero();
      assertThat(cli.out()).as(name).contains("Usage: " + name, "Exit codes:");
    }
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    for (CommandLine sub : command.getSubcommands().values()) {
      into.add(sub);
      collect(sub, into);
    }
  }

  @Test
  void aLandingZoneThatDoesNotExistIsABadInputWithoutStackTrace() {
    Cli cli = Cli.run("ingest", "--landing", tmp.resolve("nowhere").toString(), "--warehouse",
        tmp.resolve("wh").toString());
    assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(3);
    assertOneParagraphError(cli);
    assertThat(cli.err()).contains("nowhere");
  }

  @Test
  void aLandingPathThatIsAFileIsABadInput() throws Exception {
    Path file = Files.writeString(tmp.resolve("landing.txt"), "not a folder");
    Cli cli = Cli.run("ingest", "--landing", file.toString(), "--warehouse", tmp.resolve("wh").toString());
    assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(3);
    assertOneParagraphError(cli);
  }

  @Test
  void aMalformedManifestRejectsItsBatchAndIngestEndsWithABadInputError() throws Exception {
    Path batch = Files.createDirectories(tmp.resolve("landing/regions/2023-01-01T0000"));
    Files.writeString(batch.resolve("_manifest.json"), "{\"dataset\": \"regions\", \"batch_id\": ", StandardCharsets.UTF_8);
    Files.writeString(batch.resolve("regions.csv"), "region_code,name,level,parent_code\n", StandardCharsets.UTF_8);
    Cli cli = Cli.run("ingest", "--landing", tmp.resolve("landing").toString(), "--warehouse",
        tmp.resolve("wh").toString());
    assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(3);
    assertThat(cli.out()).contains("2023-01-01T0000").containsIgnoringCase("manifest");
    assertOneParagraphError(cli);
    assertThat(cli.err()).contains("regions/2023-01-01T0000").contains("rejected");
  }

  @Test
  void anUnreadableDataFileRejectsItsBatchAndIngestEndsWithABadInputError() throws Exception {
    // Running as root, permissions cannot make a file unreadable: a folder where a file should be can.
    Path batch = Files.createDirectories(tmp.resolve("landing/regions/2023-01-01T0000"));
    Files.createDirectories(batch.resolve("regions.csv"));
    Files.writeString(batch.resolve("_manifest.json"), """
        {"dataset": "regions", "batch_id": "2023-01-01T0000", "extracted_at": "2023-01-01 00:00:00",
         "mode": "full", "format": "csv", "encoding": "UTF-8",
         "files": [{"name": "regions.csv", "rows": 0, "sha256": "00"}]}
        """, StandardCharsets.UTF_8);
    Cli cli = Cli.run("ingest", "--landing", tmp.resolve("landing").toString(), "--warehouse",
        tmp.resolve("wh").toString());
    assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(3);
    assertThat(cli.out()).contains("REJECTED").contains("regions.csv");
    assertOneParagraphError(cli);
  }

  @Test
  void aLandingZoneWithoutAnyDatasetFolderIsABadInput() throws Exception {
    Files.createDirectories(tmp.resolve("etc/ssh"));
    Files.createDirectories(tmp.resolve("etc/mesages"));
    Cli cli = Cli.run("ingest", "--landing", tmp.resolve("etc").toString(), "--warehouse",
        tmp.resolve("wh").toString());
    assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(3);
    assertOneParagraphError(cli);
    assertThat(cli.err()).contains("holds no dataset folder", "(mesages, ssh)", "regions, departments");
  }

  @Test
  void aMisspeltDatasetFolderEndsIngestWithABadInputAfterTheOtherBatches() throws Exception {
    Path batch = Files.createDirectories(tmp.resolve("landing/regions/r1"));
    String csv = "region_code,name,level,parent_code\nFT,福田区,DISTRICT,\n";
    Files.writeString(batch.resolve("regions.csv"), csv, StandardCharsets.UTF_8);
    Files.writeString(batch.resolve("_manifest.json"), """
        {"dataset": "regions", "batch_id": "r1", "extracted_at": "2023-01-01 00:00:00",
         "mode": "full", "format": "csv", "encoding": "UTF-8",
         "files": [{"name": "regions.csv", "rows": 1, "sha256": "%s"}]}
        """.formatted(org.npcwh.ingest.batch.FileChecks.sha256(batch.resolve("regions.csv"))), StandardCharsets.UTF_8);
    Files.createDirectories(tmp.resolve("landing/mesages/m1"));
    Files.createDirectories(tmp.resolve("landing/_archive"));
    Cli cli = Cli.run("ingest", "--landing", tmp.resolve("landing").toString(), "--warehouse",
        tmp.resolve("wh").toString());
    assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(3);
    assertThat(cli.out()).containsPattern("regions\\s+1\\s+0").contains("mesages/ SKIPPED_UNKNOWN_DATASET");
    assertOneParagraphError(cli);
    assertThat(cli.err()).contains("1 landing folder(s) are not datasets of the source contract (mesages (did you"
        + " mean messages?))").contains("every other batch was ingested").doesNotContain("_archive");
    assertThat(tmp.resolve("wh/raw/regions/r1")).isDirectory();
  }

  @Test
  void aWrongPeriodIsAUsageError() {
    Cli cli = Cli.run("transform", "--warehouse", tmp.toString(), "--period", "2023-13");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("2023-13").contains("2023-Q1");
  }

  /** Only the transform works through Hadoop's file systems; the other commands say so before touching anything. */
  @Test
  void aWarehouseOnHdfsIsAUsageErrorForEveryCommandButTransform() {
    List<List<String>> commands = List.of(List.of("ingest", "--landing", tmp.toString()), List.of("check"),
        List.of("publish"), List.of("report"), List.of("query", "SELECT 1"),
        List.of("run", "--landing", tmp.toString(), "--period", "2023-06"));
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--warehouse", "hdfs://namenode:8020/wh"));
      Cli cli = Cli.run(args.toArray(String[]::new));
      assertThat(cli.exitCode()).as(command.get(0)).isEqualTo(2);
      assertThat(cli.err()).as(command.get(0)).contains("only 'npcwh transform'", "hdfs://namenode:8020/wh");
    }
    Cli transform = Cli.run("transform", "--warehouse", "hdfs://bad host/wh", "--period", "2023-06");
    assertThat(transform.exitCode()).isEqualTo(2);
    assertThat(transform.err()).contains("--warehouse hdfs://bad host/wh");
  }

  @Test
  void aMissingPseudonymisationKeyIsABadInputThatSaysWhatToSet() {
    assertThatThrownBy(() -> PiiKey.fromEnvironment(Map.of()))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("NPCWH_PII_KEY");
    assertThatThrownBy(() -> PiiKey.fromEnvironment(Map.of("NPCWH_PII_KEY", "short")))
        .isInstanceOf(UserException.class);
    assertThat(PiiKey.fromEnvironment(Map.of("NPCWH_PII_KEY", "a-long-enough-secret-key"))).hasSize(24);
  }

  @Test
  void queryingAWarehouseThatDoesNotExistIsABadInput() {
    Cli cli = Cli.run("query", "--warehouse", tmp.resolve("none").toString(), "SELECT 1");
    assertThat(cli.exitCode()).isEqualTo(3);
    assertOneParagraphError(cli);
  }

  /**
   * A Spark task that runs out of heap reaches the driver as a job failure that quotes the error (the
   * transform's {@code SparkSessionsTest} shows a real one); an OutOfMemoryError of the command's own thread
   * is the cause itself. Both are one paragraph saying how to give the JVM more, with an exit code of their own.
   */
  @Test
  void runningOutOfMemoryIsItsOwnErrorSayingHowToGiveMore() {
    Exception jobFailure = new IllegalStateException("Job aborted due to stage failure: Task 0 in stage 3.0 failed 1"
        + " times, most recent failure: Lost task 0.0 in stage 3.0 (TID 7): java.lang.OutOfMemoryError: Java heap space");
    Exception driverFailure = new IllegalStateException(new OutOfMemoryError("Java heap space"));
    for (Exception failure : List.of(jobFailure, driverFailure)) {
      java.io.StringWriter err = new java.io.StringWriter();
      CommandLine command = Npcwh.newCommandLine();
      command.setErr(new java.io.PrintWriter(err));
      assertThat(Npcwh.handle(failure, command, null)).isEqualTo(9);
      assertThat(err.toString().strip()).as(err.toString())
          .startsWith("Error: Ran out of memory: the JVM's heap (at most ")
          .contains("NPCWH_JAVA_OPTS=-Xmx4g").doesNotContain("\tat ").hasLineCount(1);
    }
    assertThat(Npcwh.ranOutOfMemory(new IllegalStateException("disk full"))).isFalse();
  }

  /** Apart from progress lines ("[stage] …"), standard error holds one paragraph: the error. */
  private static void assertOneParagraphError(Cli cli) {
    List<String> lines = cli.err().strip().lines().filter(l -> !l.startsWith("[")).toList();
    assertThat(lines).as(cli.err()).hasSize(1);
    assertThat(lines.get(0)).startsWith("Error: ").doesNotContain("\tat ").doesNotContain("Exception");
  }
}
