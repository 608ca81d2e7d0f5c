package org.npcwh.samples.world;

/**
 * How large a world a scale stands for. Below scale 1.5 the world is Shenzhen and the scale only
 * thins or thickens its events; above it the world holds {@code round(scale)} Shenzhen-sized cities,
 * Shenzhen itself and synthesized prefectures, so that scale 8 is about a province and 80 a country.
 * Synthesized prefectures take the codes 4401, 4402, 4404 … 4499, 4501 … in turn: never 4403, so no
 * district, street or community code of theirs can collide with Shenzhen's (all are 440 3xx…).
 */
public final class Cities {
  /** Shenzhen's prefecture code: the first four digits of each of its region codes. */
  public static final String SHENZHEN = "4403";
  private static final int FIRST_PROVINCE = 44;
  private static final int PREFECTURES_PER_PROVINCE = 99;
  /** Where Shenzhen sits in the sequence 4401, 4402, 4403 …: skipped. */
  private static final int SHENZHEN_INDEX = 2;

  private Cities() {}

  /** The number of Shenzhen-sized cities of the world at {@code scale}: 1 below 1.5, else round(scale). */
  public static int forScale(double scale) {
    return scale < 1.5 ? 1 : (int) Math.round(scale);
  }

  /** The 4-digit prefecture code of the {@code n}-th synthesized city, {@code n} from 1. */
  public static String prefecture(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("synthesized cities count from 1, not " + n);
    }
    int k = n - 1;
    int slot = k >= SHENZHEN_INDEX ? k + 1 : k;
    int province = FIRST_PROVINCE + slot / PREFECTURES_PER_PROVINCE;
    return String.format("%02d%02d", province, 1 + slot % PREFECTURES_PER_PROVINCE);
  }
}
