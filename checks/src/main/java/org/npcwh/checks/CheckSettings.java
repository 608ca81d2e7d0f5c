package org.npcwh.checks;

/**
 * Thresholds of the WARN checks, and of the FAIL check on held references.
 *
 * @param maxMoveShare a CITY figure that moved by more than this share of its previous-period value
 *     (|now − before| ÷ |before|) is reported, e.g. 0.5 = 50 %
 * @param maxStaleDays a source whose newest batch was extracted more than this many days before the
 *     newest batch of any source is reported as stale
 * @param maxHeldShare a dataset whose records waiting for a key (held versions that would be current,
 *     over current records plus those) exceed this share fails; any such record up to it warns
 */
public record CheckSettings(double maxMoveShare, int maxStaleDays, double maxHeldShare) {
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
  }

  /** With the default {@link #maxHeldShare}. */
  public CheckSettings(double maxMoveShare, int maxStaleDays) {
    this(maxMoveShare, maxStaleDays, MAX_HELD_SHARE_DEFAULT);
  }

  public static CheckSettings defaults() {
    return new CheckSettings(MAX_MOVE_SHARE_DEFAULT, MAX_STALE_DAYS_DEFAULT, MAX_HELD_SHARE_DEFAULT);
  }
}
