package org.npcwh.checks;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.npcwh.core.contract.SourceDataset;

/**
 * Thresholds of the checks. Each setting resolves defaults → settings file → command line (the
 * application does the last two); the defaults are the {@code _DEFAULT} constants here and in
 * {@link Freshness}.
 *
 * @param maxMoveShare a CITY figure that moved by more than this share of its previous-period value
 *     (|now − before| ÷ |before|) is reported, e.g. 0.5 = 50 %
 * @param maxStaleDays an event source whose newest batch was extracted more than this many days before
 *     the newest batch of any source is reported as stale
 * @param maxHeldShare a dataset whose records waiting for a key (held versions that would be current,
 *     over current records plus those) exceed this share fails; any such record up to it warns
 * @param freshness the freshness limits of every source dataset
 */
public record CheckSettings(double maxMoveShare, int maxStaleDays, double maxHeldShare,
    Map<SourceDataset, Freshness> freshness) {
  /** Default of {@link #maxMoveShare}. */
  public static final double MAX_MOVE_SHARE_DEFAULT = 0.5;
  /** Default of {@link #maxStaleDays}: longer than the usual monthly delivery gap with room for delay. */
  public static final int MAX_STALE_DAYS_DEFAULT = 45;
  /**
   * Default of {@link #maxHeldShare}: 5 %. The calibrated sample holds a handful of deliberately bad
   * references (well under 1 % of any dataset); a missing reference extract holds far more.
   */
  public static final double MAX_HELD_SHARE_DEFAULT = 0.05;

  public CheckSettings {
    if (!(maxMoveShare > 0) || Double.isInfinite(maxMoveShare)) {
      throw new IllegalArgumentException("the largest move share must be a positive number, not " + maxMoveShare);
    }
    if (maxStaleDays < 0) {
      throw new IllegalArgumentException("the largest staleness must be 0 days or more, not " + maxStaleDays);
    }
    if (!(maxHeldShare >= 0 && maxHeldShare <= 1)) {
      throw new IllegalArgumentException("the largest held share must be between 0 and 1, not " + maxHeldShare);
    }
    EnumMap<SourceDataset, Freshness> all = new EnumMap<>(SourceDataset.class);
    for (SourceDataset dataset : SourceDataset.values()) {
      all.put(dataset, freshness.getOrDefault(dataset, Freshness.defaultFor(dataset)));
    }
    freshness = Collections.unmodifiableMap(all);
  }

  /** These thresholds with the default held share and every source's default freshness. */
  public CheckSettings(double maxMoveShare, int maxStaleDays) {
    this(maxMoveShare, maxStaleDays, MAX_HELD_SHARE_DEFAULT, Map.of());
  }

  public static CheckSettings defaults() {
    return new CheckSettings(MAX_MOVE_SHARE_DEFAULT, MAX_STALE_DAYS_DEFAULT);
  }

  public CheckSettings withMaxMoveShare(double share) {
    return new CheckSettings(share, maxStaleDays, maxHeldShare, freshness);
  }

  public CheckSettings withMaxStaleDays(int days) {
    return new CheckSettings(maxMoveShare, days, maxHeldShare, freshness);
  }

  public CheckSettings withMaxHeldShare(double share) {
    return new CheckSettings(maxMoveShare, maxStaleDays, share, freshness);
  }

  /** These settings with {@code change} applied to the freshness of {@code dataset}. */
  public CheckSettings withFreshness(SourceDataset dataset, Freshness.Change change) {
    EnumMap<SourceDataset, Freshness> changed = new EnumMap<>(freshness);
    changed.put(dataset, change.applyTo(freshness.get(dataset)));
    return new CheckSettings(maxMoveShare, maxStaleDays, maxHeldShare, changed);
  }

  public Freshness freshness(SourceDataset dataset) {
    return freshness.get(dataset);
  }
}
