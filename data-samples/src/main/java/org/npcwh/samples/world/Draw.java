package org.npcwh.samples.world;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws for the sample, all from one seeded generator per part of the sample, so the same
 * seed gives the same sample and one part's volume never shifts another part's draws.
 */
public final class Draw {
  private final SplittableRandom random;

  public Draw(long seed, String part) {
    this.random = new SplittableRandom(seed * 1_000_003L + part.hashCode());
  }

  /** A whole number in [from, to], both included. */
  public int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  public double unit() {
    return random.nextDouble();
  }

  public <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  public <T> T pick(T[] from) {
    return from[random.nextInt(from.length)];
  }

  /** An index drawn with the given weights. */
  public int weighted(int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  public LocalDate dateBetween(LocalDate from, LocalDate to) {
    return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
  }

  /** A moment of {@code day} between the two hours (the second excluded), to the second. */
  public LocalDateTime timeOn(LocalDate day, int fromHour, int toHour) {
    return day.atStartOfDay().plusSeconds(fromHour * 3600L + random.nextInt((toHour - fromHour) * 3600));
  }

  /** {@code base * scale} rounded at random so that the average is exact. */
  public int scaled(double base, double scale) {
    double exact = base * scale;
    int whole = (int) Math.floor(exact);
    return whole + (chance(exact - whole) ? 1 : 0);
  }

  /** The first {@code n} of a random permutation of {@code pool} (partial Fisher–Yates, in place). */
  public int[] sample(int[] pool, int n) {
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(pool.length - i);
      int t = pool[i];
      pool[i] = pool[j];
      pool[j] = t;
    }
    return java.util.Arrays.copyOf(pool, n);
  }
}
