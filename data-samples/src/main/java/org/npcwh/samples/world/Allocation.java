package org.npcwh.samples.world;

/** Splitting an exact total over weighted parts (largest remainder), so calibrated totals stay exact. */
public final class Allocation {
  private Allocation() {}

  /**
   * Parts that sum to exactly {@code total}, each at least {@code minimum}, the rest shared in
   * proportion to {@code weights}.
   */
  public static int[] spread(int total, double[] weights, int minimum) {
    int n = weights.length;
    int rest = total - minimum * n;
    if (rest < 0) {
      throw new IllegalArgumentException(total + " cannot give " + n + " parts at least " + minimum);
    }
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    int[] parts = new int[n];
    double[] remainders = new double[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      double exact = rest * weights[i] / sum;
      parts[i] = minimum + (int) Math.floor(exact);
      remainders[i] = exact - Math.floor(exact);
      given += parts[i] - minimum;
    }
    for (int k = given; k < rest; k++) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      parts[best]++;
      remainders[best] = -1;
    }
    return parts;
  }
}
