package org.npcwh.reports.fill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.npcwh.core.metric.Unit;

/**
 * How every figure is written, in every format: counts as integers with thousands separators,
 * rates as percentages with one decimal, days, scores, per-day averages, points and 万元 with one decimal;
 * changes carry a sign, and a rate's change is in percentage points. A missing figure is "—".
 * Rounding is half-up on the decimal value as stored (no binary artefacts: 0.8125 is 81.3%).
 *
 * <p>A figure is a number rounded as shown ({@link #number}, a rate as a fraction: 0.813) and a
 * pattern ({@link #pattern}); the templates hand both to JasperReports, so PDF and HTML show the
 * text below while a spreadsheet cell holds the number with the matching number format
 * ({@link #excelPatterns} where Excel spells a pattern differently).
 */
public final class FigureFormat {
  public static final String MISSING = "—";
  static final String PERCENTAGE_POINTS = "个百分点";
  private static final String INTEGER = "#,##0";
  private static final String ONE_DECIMAL = "#,##0.0";
  private static final String PERCENT = "0.0%";
  /** Up to three decimals: a check's observed value, whose unit only the check knows. */
  public static final String OBSERVED_PATTERN = "#,##0.###";

  private FigureFormat() {}

  public static String value(Double value, Unit unit) {
    return text(number(value, unit), pattern(unit));
  }

  /** The figure rounded as {@link #value} shows it (a rate as a fraction), or {@link #MISSING}. */
  public static Object number(Double value, Unit unit) {
    if (value == null || value.isNaN()) {
      return MISSING;
    }
    BigDecimal v = BigDecimal.valueOf(value);
    return switch (unit) {
      case COUNT -> v.setScale(0, RoundingMode.HALF_UP);
      case RATE -> v.setScale(3, RoundingMode.HALF_UP);
      case DAYS, SCORE, PER_DAY, POINTS, WAN_YUAN -> v.setScale(1, RoundingMode.HALF_UP);
    };
  }

  /** The pattern of {@link #number}: a decimal format pattern, as JasperReports and Excel both read it. */
  public static String pattern(Unit unit) {
    return switch (unit) {
      case COUNT -> INTEGER;
      case RATE -> PERCENT;
      case DAYS, SCORE, PER_DAY, POINTS, WAN_YUAN -> ONE_DECIMAL;
    };
  }

  /** A figure with one decimal and thousands separators, half-up: 1,234.5. */
  public static String decimal(double value) {
    return format(ONE_DECIMAL, BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
  }

  /** A change between two figures of one metric (this period minus the earlier one). */
  public static String change(Double delta, Unit unit) {
    Object number = changeNumber(delta, unit);
    return number instanceof BigDecimal n ? format(changePattern(n, unit), n) : MISSING;
  }

  /** The change rounded as {@link #change} shows it (a rate's in percentage points), or {@link #MISSING}. */
  public static Object changeNumber(Double delta, Unit unit) {
    if (delta == null || delta.isNaN()) {
      return MISSING;
    }
    BigDecimal d = BigDecimal.valueOf(delta);
    return switch (unit) {
      case COUNT -> d.setScale(0, RoundingMode.HALF_UP);
      case RATE -> d.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
      case DAYS, SCORE, PER_DAY, POINTS, WAN_YUAN -> d.setScale(1, RoundingMode.HALF_UP);
    };
  }

  /** The pattern of a {@link #changeNumber}: signed, except a change that rounds to zero. */
  public static String changePattern(Object number, Unit unit) {
    String digits = (unit == Unit.COUNT ? INTEGER : ONE_DECIMAL) + (unit == Unit.RATE ? PERCENTAGE_POINTS : "");
    boolean zero = !(number instanceof BigDecimal n) || n.signum() == 0;
    return zero ? digits : "+" + digits + ";-" + digits;
  }

  /**
   * Excel's spelling of the patterns above that it does not read as JasperReports does: each
   * character of the words after a rate's change is escaped (JasperReports writes a number format
   * without escaping quotes for XML, so quoting the words would break the file), a zero change has
   * its own section, and an observed value has no trailing decimal point.
   */
  public static Map<String, String> excelPatterns() {
    String points = ONE_DECIMAL + PERCENTAGE_POINTS.chars().mapToObj(c -> "\\" + (char) c).collect(Collectors.joining());
    return Map.of(
        changePattern(BigDecimal.ZERO, Unit.RATE), points,
        changePattern(BigDecimal.ONE, Unit.RATE), "+" + points + ";-" + points + ";" + points,
        changePattern(BigDecimal.ONE, Unit.COUNT), "+" + INTEGER + ";-" + INTEGER + ";" + INTEGER,
        changePattern(BigDecimal.ONE, Unit.DAYS), "+" + ONE_DECIMAL + ";-" + ONE_DECIMAL + ";" + ONE_DECIMAL,
        // Excel would show 46 as "46." with the decimal point; General shows 46 and 0.667
        OBSERVED_PATTERN, "General");
  }

  /**
   * A value a data-quality check observed, whose unit only the check knows (a share, days, rows):
   * thousands separators and at most three decimals, half-up.
   */
  public static String observed(Double value) {
    Object number = observedNumber(value);
    return number instanceof BigDecimal n ? format(OBSERVED_PATTERN, n) : (String) number;
  }

  /** The observed value rounded as {@link #observed} shows it, or its text when it is no finite number. */
  public static Object observedNumber(Double value) {
    if (value == null || value.isNaN()) {
      return MISSING;
    }
    if (value.isInfinite()) {
      return value > 0 ? "∞" : "-∞";
    }
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
  }

  private static String text(Object number, String pattern) {
    return number instanceof BigDecimal n ? format(pattern, n) : MISSING;
  }

  private static String format(String pattern, BigDecimal number) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
  }
}
