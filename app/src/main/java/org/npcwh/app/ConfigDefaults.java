package org.npcwh.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives picocli the default of each option a {@link ConfigKey} stands for: the environment variable when
 * it is set, else the configuration file's value; picocli keeps its own default when neither has one, and
 * a flag given on the command line wins over all of them. It reads the file only when a command has such
 * an option (so {@code npcwh sample} never fails on a broken file), after the command line is parsed, so
 * {@code --config} anywhere on it counts.
 */
final class ConfigDefaults implements IDefaultValueProvider {
  /** A value from outside the command line and where it came from, as {@code npcwh config show} prints it. */
  record Found(String value, String origin) {}

  private final ConfigFile.Places places;
  private final Supplier<Path> given;
  private Path readFor;
  private Optional<ConfigFile> file;

  ConfigDefaults(ConfigFile.Places places, Supplier<Path> given) {
    this.places = places;
    this.given = given;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return null;
    }
    return ConfigKey.of(option).flatMap(this::find).map(Found::value).orElse(null);
  }

  /** The environment's value of a key, else the file's. */
  Optional<Found> find(ConfigKey key) {
    Optional<Found> fromEnvironment = key.variable()
        .filter(name -> places.variables().get(name) != null && !places.variables().get(name).isBlank())
        .map(name -> new Found(places.variables().get(name), "environment " + name));
    return fromEnvironment.isPresent() ? fromEnvironment : fromFile(key.key());
  }

  /** The file's value of any key, with the file as its origin. */
  Optional<Found> fromFile(String key) {
    return file().flatMap(f -> f.value(key).map(value -> new Found(value, "file " + f.path())));
  }

  /** The file in force (or none) and what chose it: the first row of {@code npcwh config show}. */
  Found fileInForce() {
    String searched = "search of ./" + ConfigFile.NAME + " then " + places.userFile();
    String origin = given.get() != null ? "flag --config"
        : places.variables().containsKey(ConfigFile.VARIABLE) ? "environment " + ConfigFile.VARIABLE : searched;
    return new Found(file().map(f -> f.path().toString()).orElse("(none)"), origin);
  }

  /** The provider of a command line {@link Npcwh#newCommandLine} made. */
  static Optional<ConfigDefaults> of(CommandLine commandLine) {
    return commandLine.getDefaultValueProvider() instanceof ConfigDefaults defaults
        ? Optional.of(defaults) : Optional.empty();
  }

  /** The configuration file in force, read once per {@code --config} value. */
  Optional<ConfigFile> file() {
    Path wanted = given.get();
    if (file == null || !Objects.equals(wanted, readFor)) {
      file = ConfigFile.find(wanted, places);
      readFor = wanted;
    }
    return file;
  }
}
