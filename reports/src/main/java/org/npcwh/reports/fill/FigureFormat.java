package org.npcwh.reports.fill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.npcwh.core.metric.Unit;

/**
 * How every figure is written, in every format: counts as integers with thousands separators,
 * rates as percentages with one decimal, days, scores, per-day averages, points and 万元 with one decimal;
 * changes carry a sign, and a rate's change is in percentage points. A missing figure is "—".
 * Rounding is half-up on the decimal value as stored (no binary artefacts: 0.8125 is 81.3%).
 */
public final class FigureFormat {
  public static final String MISSING = "—";
  static final String PERCENTAGE_POINTS = "个百分点";

  private FigureFormat() {}

  public static String value(Double value, Unit unit) {
    if (value == null || value.isNaN()) {
      return MISSING;
    }
    BigDecimal v = BigDecimal.valueOf(value);
    return switch (unit) {
      case COUNT -> pattern("#,##0").format(v.setScale(0, RoundingMode.HALF_UP));
      case RATE -> pattern("0.0").format(v.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
      case DAYS, SCORE, PER_DAY, POINTS, WAN_YUAN -> decimal(v.doubleValue());
    };
  }

  /** A figure with one decimal and thousands separators, half-up: 1,234.5. */
  public static String decimal(double value) {
    return pattern("#,##0.0").format(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
  }

  /** A change between two figures of one metric (this period minus the earlier one). */
  public static String change(Double delta, Unit unit) {
    if (delta == null || delta.isNaN()) {
      return MISSING;
    }
    BigDecimal d = BigDecimal.valueOf(delta);
    BigDecimal rounded = switch (unit) {
      case COUNT -> d.setScale(0, RoundingMode.HALF_UP);
      case RATE -> d.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
      case DAYS, SCORE, PER_DAY, POINTS, WAN_YUAN -> d.setScale(1, RoundingMode.HALF_UP);
    };
    String sign = rounded.signum() > 0 ? "+" : rounded.signum() < 0 ? "-" : "";
    String digits = pattern(unit == Unit.COUNT ? "#,##0" : "#,##0.0").format(rounded.abs());
    return sign + digits + (unit == Unit.RATE ? PERCENTAGE_POINTS : "");
  }

  /**
   * A value a data-quality check observed, whose unit only the check knows (a share, days, rows):
   * thousands separators and at most three decimals, half-up.
   */
  public static String observed(Double value) {
    if (value == null || value.isNaN()) {
      return MISSING;
    }
    if (value.isInfinite()) {
      return value > 0 ? "∞" : "-∞";
    }
    return pattern("#,##0.###").format(BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP));
  }

  private static DecimalFormat pattern(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
  }
}
