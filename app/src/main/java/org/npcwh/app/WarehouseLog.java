package org.npcwh.app;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.npcwh.core.layout.WarehouseLayout;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.ParseResult;

/**
 * How a command that takes a warehouse also writes its standard error to the warehouse's
 * {@link LogFile}: the command's error writer is replaced, for the run, by one that copies each
 * finished line to the log. Progress lines and the error that ends a run (printed by the exception
 * handler, called here while the log is open) are both standard error, so both are logged. Read-only
 * commands ({@link LeavesNoLog}) write nothing into the warehouse, not even a log.
 */
final class WarehouseLog {

  /** A command that only reads the warehouse (query): it leaves no log there. */
  interface LeavesNoLog {}

  private WarehouseLog() {}

  /** What handles a command's failure ({@link Npcwh}'s handler): prints it and gives the exit code. */
  interface FailureHandler {
    int handle(Exception failure, CommandLine command, ParseResult parsed);
  }

  /** An execution strategy for {@link CommandLine#setExecutionStrategy}, with the handler picocli would call. */
  static CommandLine.IExecutionStrategy strategy(FailureHandler handler) {
    return parsed -> execute(parsed, handler);
  }

  private static int execute(ParseResult parsed, FailureHandler handler) {
    CommandLine leaf = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
    Optional<Path> warehouse = helpRequested(parsed) ? Optional.empty() : warehouseOf(leaf);
    if (warehouse.isEmpty()) {
      return new CommandLine.RunLast().execute(parsed);
    }
    PrintWriter err = leaf.getErr();
    WarehouseLayout layout = new WarehouseLayout(warehouse.get());
    try (LogFile log = new LogFile(layout.root(), layout.logs(), LogFile.ROTATE_AT_BYTES, Clock.systemDefaultZone(),
        err)) {
      PrintWriter copy = new PrintWriter(new LineCopy(err, log), true);
      leaf.setErr(copy);
      String command = leaf.getCommandSpec().qualifiedName();
      log.line(command + " started");
      int exit;
      try {
        exit = new CommandLine.RunLast().execute(parsed);
      } catch (ExecutionException e) {
        Exception cause = e.getCause() instanceof Exception c ? c : e;
        exit = handler.handle(cause, e.getCommandLine(), parsed);
      } finally {
        copy.close();
        leaf.setErr(err);
      }
      log.line(command + " exited with " + exit);
      return exit;
    }
  }

  private static boolean helpRequested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Path> warehouseOf(CommandLine command) {
    if (command.getCommand() instanceof LeavesNoLog) {
      return Optional.empty();
    }
    return command.getCommandSpec().mixins().values().stream()
        .map(mixin -> mixin.userObject())
        .filter(WarehouseOption.class::isInstance)
        .flatMap(option -> ((WarehouseOption) option).givenFolder().stream())
        .findFirst();
  }

  /**
   * Passes everything on to the terminal and copies each finished line to the log. A carriage return
   * starts the line again, as on a terminal: what a terminal overwrites (a progress bar) is not logged.
   */
  static final class LineCopy extends Writer {
    private final Writer terminal;
    private final LogFile log;
    private final StringBuilder line = new StringBuilder();

    LineCopy(Writer terminal, LogFile log) {
      this.terminal = terminal;
      this.log = log;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws java.io.IOException {
      terminal.write(chars, offset, length);
      for (int i = offset; i < offset + length; i++) {
        char c = chars[i];
        if (c == '\n') {
          log.line(line.toString());
          line.setLength(0);
        } else if (c == '\r') {
          line.setLength(0);
        } else {
          line.append(c);
        }
      }
    }

    @Override
    public void flush() throws java.io.IOException {
      terminal.flush();
    }

    /** Flushes the terminal and logs an unfinished line; the terminal itself stays open. */
    @Override
    public void close() throws java.io.IOException {
      if (!line.isEmpty()) {
        log.line(line.toString());
        line.setLength(0);
      }
      terminal.flush();
    }
  }
}
