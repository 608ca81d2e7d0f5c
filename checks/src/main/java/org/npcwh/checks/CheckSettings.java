package org.npcwh.checks;

/**
 * Thresholds of the WARN checks.
 *
 * @param maxMoveShare a CITY figure that moved by more than this share of its previous-period value
 *     (|now − before| ÷ |before|) is reported, e.g. 0.5 = 50 %
 * @param maxStaleDays a source whose newest batch was extracted more than this many days before the
 *     newest batch of any source is reported as stale
 */
public record CheckSettings(double maxMoveShare, int maxStaleDays) {
  /** Default of {@link #maxMoveShare}. */
  public static final double MAX_MOVE_SHARE_DEFAULT = 0.5;
  /** Default of {@link #maxStaleDays}: longer than the usual monthly delivery gap with room for delay. */
  public static final int MAX_STALE_DAYS_DEFAULT = 45;

  public CheckSettings {
    if (!(maxMoveShare > 0) || Double.isInfinite(maxMoveShare)) {
      throw new IllegalArgumentException("the largest move share must be a positive number, not " + maxMoveShare);
    }
    if (maxStaleDays < 0) {
      throw new IllegalArgumentException("the largest staleness must be 0 days or more, not " + maxStaleDays);
    }
  }

  public static CheckSettings defaults() {
    return new CheckSettings(MAX_MOVE_SHARE_DEFAULT, MAX_STALE_DAYS_DEFAULT);
  }
}
