package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse's log: stamped lines, rotation on size keeping five, nothing made before the warehouse. */
class LogFileTest {
  // 07:04:41.123 UTC is 15:04:41.123 in Shanghai (UTC+8).
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T07:04:41.123Z"), ZoneId.of("Asia/Shanghai"));
  private static final String PID = "[" + ProcessHandle.current().pid() + "] ";

  @TempDir Path warehouse;
  private final StringWriter warnings = new StringWriter();

  private LogFile log(long rotateAtBytes) {
    return new LogFile(warehouse, warehouse.resolve("logs"), rotateAtBytes, CLOCK, new PrintWriter(warnings, true));
  }

  @Test
  void eachLineCarriesItsLocalTimeAndProcess() throws Exception {
    try (LogFile log = log(LogFile.ROTATE_AT_BYTES)) {
      log.line("[ingest] started");
    }
    try (LogFile log = log(LogFile.ROTATE_AT_BYTES)) {
      log.line("[ingest] regions/b1 INGESTED");
    }

    assertThat(Files.readAllLines(warehouse.resolve("logs/npcwh.log"))).containsExactly(
        "2026-11-28T15:04:41.123+08:00 " + PID + "[ingest] started",
        "2026-11-28T15:04:41.123+08:00 " + PID + "[ingest] regions/b1 INGESTED");
    assertThat(warnings.toString()).isEmpty();
  }

  @Test
  void aFullLogIsRotatedWhenARunStartsAndOnlyFiveOlderOnesAreKept() throws Exception {
    // Every run writes one line of more than 10 bytes, so every next run finds the log full.
    for (int run = 1; run <= 7; run++) {
      try (LogFile log = log(10)) {
        log.line("run " + run);
        log.line("same run " + run);
      }
    }

    assertThat(lastWords("npcwh.log")).isEqualTo("same run 7");
    assertThat(lastWords("npcwh.log.1")).isEqualTo("same run 6");
    assertThat(lastWords("npcwh.log.5")).isEqualTo("same run 2");
    assertThat(warehouse.resolve("logs/npcwh.log.6")).doesNotExist();
    try (var files = Files.list(warehouse.resolve("logs"))) {
      assertThat(files).hasSize(6);
    }
  }

  @Test
  void linesWaitForTheWarehouseFolderAndAreLostWithoutOne() throws Exception {
    Path missing = warehouse.resolve("not-yet");
    try (LogFile log = new LogFile(missing, missing.resolve("logs"), 10, CLOCK, new PrintWriter(warnings, true))) {
      log.line("[ingest] started");
      assertThat(missing).doesNotExist();
      Files.createDirectories(missing);
      log.line("[ingest] regions/b1 INGESTED");
    }
    assertThat(Files.readAllLines(missing.resolve("logs/npcwh.log"))).hasSize(2);

    Path never = warehouse.resolve("mistyped");
    try (LogFile log = new LogFile(never, never.resolve("logs"), 10, CLOCK, new PrintWriter(warnings, true))) {
      log.line("Error: the warehouse does not exist");
    }
    assertThat(never).doesNotExist();
  }

  @Test
  void anUnwritableLogIsGivenUpWithOneWarning() throws Exception {
    Files.writeString(warehouse.resolve("logs"), "a file where the folder should be");
    try (LogFile log = log(10)) {
      log.line("one");
      log.line("two");
    }
    assertThat(warnings.toString().lines()).singleElement().asString().startsWith("Warning: cannot write the log in ");
  }

  private String lastWords(String file) throws Exception {
    String text = Files.readString(warehouse.resolve("logs").resolve(file)).strip();
    return text.substring(text.indexOf("] ", text.lastIndexOf('\n') + 1) + 2);
  }
}
