package org.npcwh.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.npcwh.checks.CheckSettings;
import org.npcwh.checks.Freshness;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;

/**
 * A settings file ({@code java.util.Properties}, UTF-8) that keeps the checks' thresholds with a
 * warehouse: {@code <warehouse>/npcwh.properties}, or the file {@code --config} names. Its values
 * replace the defaults; the command line replaces its values. An unknown key is an error, so a typo
 * is not silently ignored.
 *
 * <pre>
 * check.max-move = 0.5
 * check.max-stale-days = 45
 * check.max-held-share = 0.05
 * check.freshness.regions = warn:365d
 * check.freshness.letters = error:3d
 * </pre>
 */
final class SettingsFile {
  static final String NAME = "npcwh.properties";
  static final String MAX_MOVE = "check.max-move";
  static final String MAX_STALE_DAYS = "check.max-stale-days";
  static final String MAX_HELD_SHARE = "check.max-held-share";
  static final String FRESHNESS = "check.freshness.";

  private final Path path;
  private final Properties properties;

  private SettingsFile(Path path, Properties properties) {
    this.path = path;
    this.properties = properties;
  }

  /** The file {@code --config} names (it must exist), else the warehouse's own file when there is one. */
  static Optional<SettingsFile> find(Path given, Path warehouse) {
    if (given != null) {
      if (!Files.isRegularFile(given)) {
        throw Errors.settingsFileInvalid(given, "it does not exist or is not a file",
            "Give the path of a properties file, or leave --config out to use <warehouse>/" + NAME);
      }
      return Optional.of(read(given));
    }
    Path own = warehouse.resolve(NAME);
    return Files.isRegularFile(own) ? Optional.of(read(own)) : Optional.empty();
  }

  static SettingsFile read(Path file) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw Errors.settingsFileInvalid(file, "it cannot be read as a properties file (" + e.getMessage() + ")",
          "Write one 'key = value' per line, in UTF-8");
    }
    return new SettingsFile(file, properties);
  }

  /** {@code base} with every setting of the file applied. */
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
    if (key.equals(MAX_MOVE)) {
      return settings.withMaxMoveShare(number(value, () -> Double.parseDouble(value)));
    }
    if (key.equals(MAX_STALE_DAYS)) {
      return settings.withMaxStaleDays(number(value, () -> Integer.parseInt(value)));
    }
    if (key.equals(MAX_HELD_SHARE)) {
      return settings.withMaxHeldShare(number(value, () -> Double.parseDouble(value)));
    }
    if (key.startsWith(FRESHNESS)) {
      String name = key.substring(FRESHNESS.length());
      SourceDataset dataset = SourceDataset.find(name).orElseThrow(() -> Errors.settingsFileInvalid(path,
          "'" + name + "' in the key " + key + " is not a source dataset",
          "Use one of " + datasetNames()));
      return settings.withFreshness(dataset, Freshness.Change.parse(value));
    }
    throw Errors.settingsFileInvalid(path, "the key " + key + " is not a setting",
        "Use " + MAX_MOVE + ", " + MAX_STALE_DAYS + ", " + MAX_HELD_SHARE + " or " + FRESHNESS + "<dataset>");
  }

  private static <T> T number(String value, java.util.function.Supplier<T> parse) {
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
