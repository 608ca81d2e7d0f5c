package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the real command line writes to {@code <warehouse>/logs/npcwh.log}, and when it writes nothing. */
class WarehouseLogTest {
  @TempDir Path tmp;

  @Test
  void aCommandOnAWarehouseLogsItsStartEveryLineOfItsStandardErrorAndItsExitCode() throws Exception {
    Path warehouse = Files.createDirectories(tmp.resolve("wh"));

    Cli cli = Cli.run("check", "-w", warehouse.toString(), "-p", "2023-01");

    assertThat(cli.err()).as(cli.toString()).contains("Error: ");
    List<String> expected = new ArrayList<>();
    expected.add("npcwh check started");
    expected.addAll(cli.err().lines().toList());
    expected.add("npcwh check exited with " + cli.exitCode());
    assertThat(logged(warehouse)).containsExactlyElementsOf(expected);
  }

  @Test
  void aQueryLeavesNoLogAndAMistypedWarehouseStaysMissing() throws Exception {
    Path warehouse = Files.createDirectories(tmp.resolve("wh"));
    Cli query = Cli.run("query", "-w", warehouse.toString(), "SELECT 1");
    assertThat(warehouse.resolve("logs")).as(query.toString()).doesNotExist();

    Path mistyped = tmp.resolve("whx");
    Cli publish = Cli.run("publish", "-w", mistyped.toString());
    assertThat(publish.exitCode()).isNotZero();
    assertThat(mistyped).doesNotExist();
  }

  @Test
  void whatATerminalOverwritesIsNotLogged() throws Exception {
    Path warehouse = Files.createDirectories(tmp.resolve("wh"));
    StringWriter terminal = new StringWriter();
    try (LogFile log = new LogFile(warehouse, warehouse.resolve("logs"), LogFile.ROTATE_AT_BYTES,
        Clock.systemDefaultZone(), new PrintWriter(new StringWriter()));
        PrintWriter err = new PrintWriter(new WarehouseLog.LineCopy(terminal, log))) {
      err.print("[ingest] started\n[ingest] [####....] 1/2\r        \r[ingest] regions/b2 INGESTED\n[ingest] do");
      err.print("ne\n[ingest] [########] 2/2\r        \rno newline yet");
    }
    assertThat(logged(warehouse)).as("bars wiped by a carriage return are left out; a last unfinished line is kept")
        .containsExactly("[ingest] started", "[ingest] regions/b2 INGESTED", "[ingest] done", "no newline yet");
    assertThat(terminal.toString()).startsWith("[ingest] started\n[ingest] [####....] 1/2\r");
  }

  /** The log's lines without their time and process id. */
  private static List<String> logged(Path warehouse) throws Exception {
    return Files.readAllLines(warehouse.resolve("logs/npcwh.log")).stream()
        .map(line -> line.substring(line.indexOf("] ") + 2)).toList();
  }
}
