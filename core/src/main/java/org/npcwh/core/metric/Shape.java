package org.npcwh.core.metric;

/** How a metric fills {@code numerator} and {@code denominator} in {@code metric_values}. */
public enum Shape {
  /** value = numerator = the count; denominator null. */
  COUNT,
  /** value = numerator ÷ denominator, null when the denominator is 0 (rates and averages). */
  RATIO,
  /** value = continuous median; numerator null; denominator = how many values. */
  MEDIAN
}
