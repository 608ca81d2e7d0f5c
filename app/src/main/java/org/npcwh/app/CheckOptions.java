package org.npcwh.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.npcwh.checks.CheckSettings;
import org.npcwh.checks.Freshness;
import org.npcwh.core.contract.SourceDataset;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The checks' thresholds, shared by {@code npcwh check} and {@code npcwh run}. Each resolves, Iceberg
 * style, command line → settings file → default ({@link CheckSettings}, {@link Freshness}).
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

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (default: <warehouse>/" + SettingsFile.NAME + " when it exists); the"
          + " command line overrides it.")
  Path config;

  /** Defaults, then the settings file, then the command line. */
  CheckSettings resolve(CommandLine commandLine, Path warehouse) {
    CheckSettings settings = SettingsFile.find(config, warehouse)
        .map(file -> file.applyTo(CheckSettings.defaults()))
        .orElse(CheckSettings.defaults());
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

  /** A contract dataset name, e.g. {@code regions}. */
  static final class DatasetConverter implements CommandLine.ITypeConverter<SourceDataset> {
    @Override
    public SourceDataset convert(String value) {
      return SourceDataset.find(value.strip()).orElseThrow(() -> new TypeConversionException(
          "'" + value + "' is not a source dataset: use one of " + SettingsFile.datasetNames()));
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
