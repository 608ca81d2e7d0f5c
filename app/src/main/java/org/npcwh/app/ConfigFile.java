package org.npcwh.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.npcwh.checks.CheckSettings;
import org.npcwh.checks.Freshness;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;

/**
 * npcwh's one configuration file ({@code java.util.Properties}, UTF-8): where the warehouse, the landing
 * zone, the source definitions, the checks' thresholds and the report defaults of an installation live,
 * so that commands and schedules need not repeat them. Only one file is read, the first of {@code --config
 * FILE}, {@code $NPCWH_CONFIG}, {@code ./npcwh.properties} and {@code $XDG_CONFIG_HOME/npcwh/npcwh.properties}
 * (default {@code ~/.config}) that exists; flags and environment variables override its values
 * ({@link ConfigDefaults}). An unknown key is an error, so a typo is not silently ignored.
 *
 * <pre>
 * warehouse = /srv/npcwh/warehouse
 * report.formats = pdf,xlsx
 * check.max-move = 0.5
 * check.freshness.letters = error:3d
 * </pre>
 */
final class ConfigFile {
  static final String NAME = "npcwh.properties";
  static final String VARIABLE = "NPCWH_CONFIG";
  static final String MAX_MOVE = "check.max-move";
  static final String MAX_STALE_DAYS = "check.max-stale-days";
  static final String MAX_HELD_SHARE = "check.max-held-share";
  static final String FRESHNESS = "check.freshness.";

  /** What the search for the file looks at: the process's environment, working directory and home. */
  record Places(Map<String, String> variables, Path workingDir, Path home) {
    static Places ofThisProcess() {
      return new Places(System.getenv(), Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
    }

    Path userFile() {
      String xdg = variables.get("XDG_CONFIG_HOME");
      Path configHome = xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg);
      return configHome.resolve("npcwh").resolve(NAME);
    }
  }

  private final Path path;
  private final Properties properties;

  private ConfigFile(Path path, Properties properties) {
    this.path = path;
    this.properties = properties;
  }

  /** The file {@code --config} or {@code NPCWH_CONFIG} names (it must exist), else the first found. */
  static Optional<ConfigFile> find(Path given, Places places) {
    if (given != null) {
      return Optional.of(read(required(given, "--config")));
    }
    String named = places.variables().get(VARIABLE);
    if (named != null && !named.isBlank()) {
      return Optional.of(read(required(places.workingDir().resolve(named), VARIABLE)));
    }
    return java.util.stream.Stream.of(places.workingDir().resolve(NAME), places.userFile())
        .filter(Files::isRegularFile).findFirst().map(ConfigFile::read);
  }

  private static Path required(Path file, String namedBy) {
    if (!Files.isRegularFile(file)) {
      throw Errors.settingsFileInvalid(file, "it does not exist or is not a file (" + namedBy + " names it)",
          "Give the path of a properties file, or leave " + namedBy + " out to use ./" + NAME
              + " or ~/.config/npcwh/" + NAME);
    }
    return file;
  }

  static ConfigFile read(Path file) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw Errors.settingsFileInvalid(file, "it cannot be read as a properties file (" + e.getMessage() + ")",
          "Write one 'key = value' per line, in UTF-8");
    }
    ConfigFile config = new ConfigFile(file, properties);
    properties.stringPropertyNames().forEach(config::requireKnown);
    return config;
  }

  Path path() {
    return path;
  }

  Optional<String> value(String key) {
    return Optional.ofNullable(properties.getProperty(key)).map(String::strip);
  }

  /** {@code base} with every check setting of the file applied. */
  CheckSettings applyTo(CheckSettings base) {
    CheckSettings settings = base;
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      String value = properties.getProperty(key).strip();
      try {
        settings = apply(settings, key, value);
      } catch (IllegalArgumentException e) {
        throw Errors.settingsFileInvalid(path, key + " = " + value + " is not usable: " + e.getMessage(),
            "Fix the value in the file (see `npcwh check --help` for the forms each setting takes)");
      }
    }
    return settings;
  }

  private CheckSettings apply(CheckSettings settings, String key, String value) {
    return switch (key) {
      case MAX_MOVE -> settings.withMaxMoveShare(number(value, () -> Double.parseDouble(value)));
      case MAX_STALE_DAYS -> settings.withMaxStaleDays(number(value, () -> Integer.parseInt(value)));
      case MAX_HELD_SHARE -> settings.withMaxHeldShare(number(value, () -> Double.parseDouble(value)));
      default -> key.startsWith(FRESHNESS)
          ? settings.withFreshness(dataset(key), Freshness.Change.parse(value))
          : settings;
    };
  }

  private void requireKnown(String key) {
    boolean known = ConfigKey.find(key).isPresent() || key.equals(MAX_MOVE) || key.equals(MAX_STALE_DAYS)
        || key.equals(MAX_HELD_SHARE) || key.startsWith(FRESHNESS) && dataset(key) != null;
    if (!known) {
      throw Errors.settingsFileInvalid(path, "the key " + key + " is not a setting",
          "Use " + Arrays.stream(ConfigKey.values()).map(ConfigKey::key).collect(Collectors.joining(", ")) + ", "
              + MAX_MOVE + ", " + MAX_STALE_DAYS + ", " + MAX_HELD_SHARE + " or " + FRESHNESS + "<dataset>"
              + " (`npcwh config show` lists them with their values)");
    }
  }

  private SourceDataset dataset(String key) {
    String name = key.substring(FRESHNESS.length());
    return SourceDataset.find(name).orElseThrow(() -> Errors.settingsFileInvalid(path,
        "'" + name + "' in the key " + key + " is not a source dataset", "Use one of " + datasetNames()));
  }

  private static <T> T number(String value, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a number", e);
    }
  }

  static String datasetNames() {
    return Arrays.stream(SourceDataset.values()).map(SourceDataset::datasetName).collect(Collectors.joining(", "));
  }
}
