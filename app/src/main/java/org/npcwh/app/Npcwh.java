package org.npcwh.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.npcwh.core.error.Errors;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code npcwh} command: every stage of the warehouse, and the whole pipeline. */
@Command(
    name = "npcwh",
    mixinStandardHelpOptions = true,
    versionProvider = PomVersion.class,
    description = "npc-warehouse: the reporting and analytics warehouse of a People's Congress standing"
        + " committee's grassroots work (deputies' homes, stations and points; letters; legislative"
        + " feedback; suggestions; livelihood projects).",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      PullCommand.class,
      IngestCommand.class,
      TransformCommand.class,
      CheckCommand.class,
      PublishCommand.class,
      QueryCommand.class,
      ReportCommand.class,
      SampleCommand.class,
      AirflowCommand.class,
      ConfigCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = "%nRun 'npcwh <command> --help' for a command's options.")
public final class Npcwh implements Runnable {

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Show library logs (Spark, Hadoop, Parquet) and stack traces.")
  void setVerbose(boolean verbose) {
    Logging.setVerbose(verbose);
  }

  @Option(names = "--config", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FILE",
      description = "The configuration file (default: $" + ConfigFile.VARIABLE + ", else ./" + ConfigFile.NAME
          + ", else ~/.config/npcwh/" + ConfigFile.NAME + " when it exists); flags override it.")
  Path config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Whether progress bars may be drawn: only {@link #main}, whose standard error is the process's, says so. */
  private boolean barsOnStderr;

  boolean barsOnStderr() {
    return barsOnStderr;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    CommandLine cli = newCommandLine();
    ((Npcwh) cli.getCommand()).barsOnStderr = ProgressBar.stderrIsTerminal();
    int exit;
    try {
      exit = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli passes on Errors: one thrown by the command's own thread ends here
      exit = handle(new IllegalStateException(e), cli, null);
    }
    System.exit(exit);
  }

  /** The command line {@code main} runs, with its handlers: what tests run, with their own writers. */
  static CommandLine newCommandLine() {
    return newCommandLine(ConfigFile.Places.ofThisProcess());
  }

  /** The same, looking for the configuration file and environment variables in the given places. */
  static CommandLine newCommandLine(ConfigFile.Places places) {
    Npcwh root = new Npcwh();
    CommandLine cli = new CommandLine(root);
    cli.setDefaultValueProvider(new ConfigDefaults(places, () -> root.config));
    // --format PDF, --format pdf and --by District all mean what they say.
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Exit codes are documented from the one enum that defines them, for every command's --help.
    java.util.Map<String, String> exitCodes = new java.util.LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      exitCodes.put(Integer.toString(code.code()), code.meaning());
    }
    applyExitCodes(cli, exitCodes);
    cli.setExecutionExceptionHandler(Npcwh::handle);
    // Commands that take a warehouse also write their standard error to its logs/npcwh.log.
    cli.setExecutionStrategy(WarehouseLog.strategy(Npcwh::handle));
    cli.setParameterExceptionHandler((ex, cliArgs) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      // The configuration file is read while picocli parses, which wraps what reading it throws.
      UserException user = findUserException(ex.getCause());
      if (user != null) {
        printError(err, user);
        return user.exitCode().code();
      }
      err.println("Error: " + ex.getMessage());
      err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
      return ExitCode.USAGE.code();
    });
    return cli;
  }

  private static void applyExitCodes(CommandLine cli, java.util.Map<String, String> exitCodes) {
    cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
    cli.getSubcommands().values().forEach(sub -> applyExitCodes(sub, exitCodes));
  }

  /** Prints a command's failure and gives its exit code (the parse result may be null). */
  static int handle(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    UserException user = findUserException(ex);
    if (user == null && ranOutOfMemory(ex)) {
      user = Errors.outOfMemory(Runtime.getRuntime().maxMemory(), ex);
    }
    if (user != null) {
      printError(err, user);
      return user.exitCode().code();
    }
    err.println("Internal error: " + ex + (Logging.isVerbose() ? "" : " (rerun with --verbose for details)"));
    if (Logging.isVerbose()) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL.code();
  }

  /** How every user error reaches the user: one paragraph, and its stack trace only with --verbose. */
  static void printError(PrintWriter err, UserException user) {
    err.println("Error: " + user.getMessage());
    if (Logging.isVerbose()) {
      user.printStackTrace(err);
    }
    err.flush();
  }

  /**
   * Whether the failure is the JVM's heap running out: an {@link OutOfMemoryError} anywhere in the chain,
   * or named in a message (a failed Spark task reaches the driver as a job failure that quotes its error).
   */
  static boolean ranOutOfMemory(Throwable t) {
    return causeChain(t).anyMatch(c -> c instanceof OutOfMemoryError
        || String.valueOf(c.getMessage()).contains(OutOfMemoryError.class.getName()));
  }

  /** Spark and the JDK wrap exceptions; a user error anywhere in the chain is still a user error. */
  private static UserException findUserException(Throwable t) {
    return causeChain(t).filter(UserException.class::isInstance).map(UserException.class::cast)
        .findFirst().orElse(null);
  }

  /** The throwable and its causes, outermost first. */
  private static Stream<Throwable> causeChain(Throwable t) {
    return Stream.iterate(t, Objects::nonNull, Throwable::getCause);
  }
}
