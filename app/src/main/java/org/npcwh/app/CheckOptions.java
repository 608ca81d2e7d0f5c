package org.npcwh.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.npcwh.checks.CheckSettings;
import org.npcwh.checks.Freshness;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The checks' thresholds, shared by {@code npcwh check}, {@code npcwh run} and {@code npcwh config show}. Each
 * resolves, Iceberg style, command line → configuration file → default ({@link CheckSettings}, {@link Freshness}).
 */
final class CheckOptions {
  @Option(names = "--max-move", paramLabel = "SHARE",
      description = "WARN when a city figure moves more than this share against the previous period"
          + " (default: " + CheckSettings.MAX_MOVE_SHARE_DEFAULT + ").")
  Double maxMoveShare;

  @Option(names = "--max-stale-days", paramLabel = "DAYS",
      description = "WARN when an event source's newest batch is this many days older than the newest batch of"
          + " any source (default: " + CheckSettings.MAX_STALE_DAYS_DEFAULT + ").")
  Integer maxStaleDays;

  @Option(names = "--max-held-share", paramLabel = "SHARE",
      description = "FAIL when more than this share of a dataset's records wait for a key that has not"
          + " arrived; any such record WARNs (default: " + CheckSettings.MAX_HELD_SHARE_DEFAULT + ").")
  Double maxHeldShare;

  @Option(names = "--freshness", paramLabel = "DATASET=LIMITS",
      converter = {DatasetConverter.class, LimitsConverter.class},
      description = {"How old a source's newest extract may be at the period end, after dbt's warn_after /"
          + " error_after: e.g. regions=warn:90d,error:365d; 'none' removes a limit; a limit not named keeps"
          + " its value. Repeatable.",
        "Defaults: event (incremental) datasets error:" + Freshness.EVENT_ERROR_AFTER_DAYS_DEFAULT + "d (an"
            + " extract after the period end), reference (full) datasets warn:"
            + Freshness.REFERENCE_WARN_AFTER_DAYS_DEFAULT + "d and never an error."})
  Map<SourceDataset, Freshness.Change> freshness = new LinkedHashMap<>();

  /** Defaults, then the configuration file, then the command line. */
  CheckSettings resolve(CommandLine commandLine, Path warehouse) {
    Optional<ConfigFile> file = ConfigDefaults.of(commandLine).flatMap(ConfigDefaults::file);
    refuseTheWarehousesOwnFile(warehouse, file);
    CheckSettings settings = file.map(f -> f.applyTo(CheckSettings.defaults())).orElse(CheckSettings.defaults());
    try {
      if (maxMoveShare != null) {
        settings = settings.withMaxMoveShare(maxMoveShare);
      }
      if (maxStaleDays != null) {
        settings = settings.withMaxStaleDays(maxStaleDays);
      }
      if (maxHeldShare != null) {
        settings = settings.withMaxHeldShare(maxHeldShare);
      }
      for (Map.Entry<SourceDataset, Freshness.Change> e : freshness.entrySet()) {
        settings = settings.withFreshness(e.getKey(), e.getValue());
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage());
    }
    return settings;
  }

  /**
   * Before the one configuration file, npcwh read the checks' thresholds from {@code <warehouse>/npcwh.properties};
   * such a file left behind would now be ignored, and the checks would quietly run with looser thresholds.
   */
  private static void refuseTheWarehousesOwnFile(Path warehouse, Optional<ConfigFile> file) {
    Path own = warehouse == null ? null : warehouse.resolve(ConfigFile.NAME);
    if (own == null || !Files.isRegularFile(own) || file.filter(f -> sameFile(f.path(), own)).isPresent()) {
      return;
    }
    throw Errors.settingsFileInvalid(own, "npcwh no longer reads a configuration file from the warehouse folder"
            + (file.isPresent() ? " (it reads " + file.get().path() + ")" : ""),
        "Move its settings into the configuration file npcwh reads (see `npcwh config show`), or name it with"
            + " --config or " + ConfigFile.VARIABLE);
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** A contract dataset name, e.g. {@code regions}. */
  static final class DatasetConverter implements CommandLine.ITypeConverter<SourceDataset> {
    @Override
    public SourceDataset convert(String value) {
      return SourceDataset.find(value.strip()).orElseThrow(() -> new TypeConversionException(
          "'" + value + "' is not a source dataset: use one of " + ConfigFile.datasetNames()));
    }
  }

  /** {@code warn:90d,error:365d}. */
  static final class LimitsConverter implements CommandLine.ITypeConverter<Freshness.Change> {
    @Override
    public Freshness.Change convert(String value) {
      try {
        return Freshness.Change.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
