package org.npcwh.app;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Optional;
import org.npcwh.pull.SourceDefinitions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The configuration file's keys that stand for one command-line option each: the key, the option it gives
 * a default to (named by the class declaring it, as {@code --format} and {@code --out} mean other things
 * on other commands), and the environment variable that overrides the file, if any. The checks'
 * thresholds are keys of their own ({@link ConfigFile}), resolved with {@link CheckOptions}.
 */
enum ConfigKey {
  WAREHOUSE("warehouse", WarehouseOption.class, "--warehouse", null),
  LANDING("landing", LandingOption.class, "--landing", null),
  SOURCES("sources", SourcesOption.class, "--sources-dir", SourceDefinitions.DIRECTORY_VARIABLE),
  SPARK_MASTER("spark.master", SparkOptions.class, "--master", null),
  REPORT_FORMATS("report.formats", ReportOptions.class, "--format", null),
  REPORT_BY("report.by", ReportOptions.class, "--by", null),
  REPORT_OUT("report.out", ReportOptions.class, "--out", null);

  private final String key;
  private final Class<?> owner;
  private final String option;
  private final String variable;

  ConfigKey(String key, Class<?> owner, String option, String variable) {
    this.key = key;
    this.owner = owner;
    this.option = option;
    this.variable = variable;
  }

  String key() {
    return key;
  }

  String option() {
    return option;
  }

  Optional<String> variable() {
    return Optional.ofNullable(variable);
  }

  static Optional<ConfigKey> find(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  /**
   * The value of an option a command needs, which the command line or the file gave; else a usage error
   * saying both ways. picocli's own {@code required} cannot: it does not know the file, and {@code npcwh
   * config show} must accept the same options without requiring them.
   */
  <T> T require(CommandSpec spec, T value) {
    if (value == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option '" + option
          + "': give it, or set " + key + " in the configuration file (see 'npcwh config show')");
    }
    return value;
  }

  /** The key an option of a command takes its default from, if any. */
  static Optional<ConfigKey> of(OptionSpec option) {
    if (!(option.userObject() instanceof Field field)) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(k -> k.owner == field.getDeclaringClass() && k.option.equals(option.longestName()))
        .findFirst();
  }
}
