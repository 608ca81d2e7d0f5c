package org.npcwh.airflow;

import java.time.Duration;

/**
 * How often and how patiently a call that may safely be repeated (a GET, a dry run, a login) is
 * tried again after an answer in the 5xx range or a broken connection. A restarting API server or a
 * proxy's 502 lasts seconds to a minute or two; without this, one such answer would end a six-hour
 * {@code npcwh airflow wait}. The delay doubles from {@code firstDelay} up to {@code maxDelay}.
 *
 * @param maxAttempts tries in all, the first included (1 turns retrying off)
 * @param firstDelay the pause before the second try
 * @param maxDelay the longest pause between two tries
 */
public record RetrySettings(int maxAttempts, Duration firstDelay, Duration maxDelay) {
  /** 1 + 2 + 4 + ... capped at 60 s: about two minutes of outage are waited out. */
  public static final int MAX_ATTEMPTS_DEFAULT = 8;
  public static final Duration FIRST_DELAY_DEFAULT = Duration.ofSeconds(1);
  public static final Duration MAX_DELAY_DEFAULT = Duration.ofSeconds(60);
  public static final RetrySettings DEFAULT =
      new RetrySettings(MAX_ATTEMPTS_DEFAULT, FIRST_DELAY_DEFAULT, MAX_DELAY_DEFAULT);

  public RetrySettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max attempts must be at least 1, not " + maxAttempts);
    }
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) <= 0) {
      throw new IllegalArgumentException("need 0 < first delay < max delay, not " + firstDelay
          + " and " + maxDelay);
    }
  }
}
