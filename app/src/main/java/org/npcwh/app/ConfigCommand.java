package org.npcwh.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.npcwh.checks.CheckSettings;
import org.npcwh.core.contract.SourceDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;

/** {@code npcwh config}: the configuration file, seen from the command line. */
@Command(name = "config", mixinStandardHelpOptions = true, subcommands = ConfigCommand.Show.class,
    description = {"Show the settings npcwh works with and where each comes from.",
      "Settings come from flags, then environment variables, then the configuration file, then defaults; see"
          + " the README, \"Configuration file\"."})
final class ConfigCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code npcwh config show}: every setting's effective value and its origin. It takes the options of the
   * commands that use the settings, none of them required, so an operator sees what a command line plus
   * the environment plus the file would make of them.
   */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"Print every effective setting with its origin: flag, environment variable, the"
          + " configuration file (its path), or default.",
        "Takes the options of the commands that use each setting, e.g. 'npcwh config show -w wh --format xlsx'."})
  static final class Show implements Runnable {
    @Mixin WarehouseOption warehouse;
    @Mixin LandingOption landing;
    @Mixin SourcesOption sources;
    @Mixin SparkOptions spark;
    @Mixin ReportOptions reports;
    @Mixin CheckOptions checks;
    @Mixin Terminal terminal;

    /** One row: a setting's key, its effective value and where that value came from. */
    record Row(String key, String value, String origin) {}

    @Override
    public void run() {
      CommandLine commandLine = terminal.commandLine();
      Optional<ConfigDefaults> defaults = ConfigDefaults.of(commandLine);
      List<Row> rows = new ArrayList<>();
      defaults.map(ConfigDefaults::fileInForce).ifPresent(f -> rows.add(new Row("(file)", f.value(), f.origin())));
      for (ConfigKey key : ConfigKey.values()) {
        OptionSpec option = commandLine.getCommandSpec().findOption(key.option());
        String origin = commandLine.getParseResult().hasMatchedOption(option) ? "flag " + key.option()
            : defaults.flatMap(d -> d.find(key)).map(ConfigDefaults.Found::origin).orElse("default");
        rows.add(new Row(key.key(), text(option.getValue()), origin));
      }
      CheckSettings settings = checks.resolve(commandLine, warehouse.givenFolder().orElse(null));
      rows.add(check(defaults, ConfigFile.MAX_MOVE, settings.maxMoveShare(), checks.maxMoveShare, "--max-move"));
      rows.add(check(defaults, ConfigFile.MAX_STALE_DAYS, settings.maxStaleDays(), checks.maxStaleDays,
          "--max-stale-days"));
      rows.add(check(defaults, ConfigFile.MAX_HELD_SHARE, settings.maxHeldShare(), checks.maxHeldShare,
          "--max-held-share"));
      for (SourceDataset dataset : SourceDataset.values()) {
        rows.add(check(defaults, ConfigFile.FRESHNESS + dataset.datasetName(), settings.freshness(dataset),
            checks.freshness.get(dataset), "--freshness"));
      }
      print(rows);
    }

    private static Row check(Optional<ConfigDefaults> defaults, String key, Object value, Object flag, String option) {
      String origin = flag != null ? "flag " + option
          : defaults.flatMap(d -> d.fromFile(key)).map(ConfigDefaults.Found::origin).orElse("default");
      return new Row(key, text(value), origin);
    }

    private static String text(Object value) {
      if (value == null) {
        return "(none)";
      }
      if (value instanceof List<?> list) {
        return String.join(",", list.stream().map(ConfigCommand.Show::text).toList());
      }
      return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value.toString();
    }

    private void print(List<Row> rows) {
      int keyWidth = rows.stream().mapToInt(r -> r.key().length()).max().orElse(0);
      int valueWidth = rows.stream().mapToInt(r -> r.value().length()).max().orElse(0);
      String format = "%-" + keyWidth + "s  %-" + valueWidth + "s  %s%n";
      terminal.out().printf(format, "setting", "value", "origin");
      rows.forEach(r -> terminal.out().printf(format, r.key(), r.value(), r.origin()));
      terminal.out().flush();
    }
  }
}
