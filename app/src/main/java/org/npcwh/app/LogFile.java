package org.npcwh.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <warehouse>/logs/npcwh.log}: every line a command printed on standard error, with its time
 * and process id, so an operator can read what a scheduled run said after the fact. The file is
 * rotated when a run starts and it has reached {@link #ROTATE_AT_BYTES}: {@code npcwh.log.1} is the
 * newest of the {@link #KEEP} older files. Nothing is created before the warehouse folder exists (a
 * mistyped {@code --warehouse} leaves no folder behind), and a log that cannot be written is given
 * up with one warning: the log never fails a command.
 */
final class LogFile implements AutoCloseable {
  static final String NAME = "npcwh.log";
  static final long ROTATE_AT_BYTES = 4L * 1024 * 1024;
  static final int KEEP = 5;

  private final Path warehouse;
  private final Path folder;
  private final long rotateAtBytes;
  private final Clock clock;
  private final PrintWriter warnings;
  private final List<String> pending = new ArrayList<>();
  private BufferedWriter writer;
  private boolean givenUp;

  LogFile(Path warehouse, Path folder, long rotateAtBytes, Clock clock, PrintWriter warnings) {
    this.warehouse = warehouse;
    this.folder = folder;
    this.rotateAtBytes = rotateAtBytes;
    this.clock = clock;
    this.warnings = warnings;
  }

  /** Appends one line, stamped now; held back until the warehouse folder exists. */
  void line(String text) {
    if (givenUp) {
      return;
    }
    pending.add(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS) + " [" + ProcessHandle.current().pid()
        + "] " + text);
    if (writer == null && !Files.isDirectory(warehouse)) {
      return;
    }
    try {
      if (writer == null) {
        writer = open();
      }
      for (String line : pending) {
        writer.write(line);
        writer.newLine();
      }
      writer.flush(); // a killed run keeps what it said
      pending.clear();
    } catch (IOException | SecurityException e) {
      givenUp = true;
      warnings.println("Warning: cannot write the log in " + folder + " (" + e.getMessage() + "); going on without it.");
      warnings.flush();
    }
  }

  private BufferedWriter open() throws IOException {
    Files.createDirectories(folder);
    Path log = folder.resolve(NAME);
    if (Files.isRegularFile(log) && Files.size(log) >= rotateAtBytes) {
      rotate(log);
    }
    return Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** npcwh.log.(KEEP-1) → .KEEP (the oldest is dropped), …, npcwh.log → npcwh.log.1. */
  private void rotate(Path log) throws IOException {
    for (int i = KEEP - 1; i >= 1; i--) {
      Path older = folder.resolve(NAME + "." + i);
      if (Files.exists(older)) {
        Files.move(older, folder.resolve(NAME + "." + (i + 1)), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.move(log, folder.resolve(NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    try {
      if (writer != null) {
        writer.close();
      }
    } catch (IOException e) {
      warnings.println("Warning: cannot close the log in " + folder + " (" + e.getMessage() + ").");
      warnings.flush();
    }
  }
}
