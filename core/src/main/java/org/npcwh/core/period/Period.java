package org.npcwh.core.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a calendar month ({@code 2023-01}), quarter ({@code 2023-Q1}) or year
 * ({@code 2023}) in Asia/Shanghai. Dates are local; a period holds the days [start, end].
 */
public record Period(Grain grain, LocalDate start, LocalDate end) implements Comparable<Period> {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  public static Period month(YearMonth month) {
    return new Period(Grain.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  public static Period quarter(int year, int quarter) {
    YearMonth first = YearMonth.of(year, 3 * quarter - 2);
    return new Period(Grain.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  public static Period year(int year) {
    return new Period(Grain.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Parses {@code 2023-01}, {@code 2023-Q1} or {@code 2023}.
   *
   * @throws IllegalArgumentException with a message that shows the accepted forms
   */
  public static Period parse(String text) {
    String s = text == null ? "" : text.trim();
    Matcher m = MONTH.matcher(s);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        return month(YearMonth.of(Integer.parseInt(m.group(1)), month));
      }
    }
    m = QUARTER.matcher(s);
    if (m.matches()) {
      return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = YEAR.matcher(s);
    if (m.matches()) {
      return year(Integer.parseInt(m.group(1)));
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a period: write a month (2023-01), a quarter (2023-Q1) or a year (2023)");
  }

  /** Every month from {@code from} to {@code to}, both included. */
  public static List<Period> months(YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the range " + from + " to " + to + " ends before it starts");
    }
    List<Period> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.add(month(m));
    }
    return out;
  }

  /** The label used in {@code metric_values.period}: {@code 2023-01}, {@code 2023-Q1} or {@code 2023}. */
  public String label() {
    return switch (grain) {
      case MONTH -> YearMonth.from(start).toString();
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(start.getYear());
    };
  }

  /** How many days the period holds. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  public boolean contains(LocalDate date) {
    return date != null && !date.isBefore(start) && !date.isAfter(end);
  }

  /** The period of the same grain just before this one. */
  public Period previous() {
    return shifted(-1);
  }

  /** The same period one year earlier. */
  public Period sameLastYear() {
    return switch (grain) {
      case MONTH -> shifted(-12);
      case QUARTER -> shifted(-4);
      case YEAR -> shifted(-1);
    };
  }

  private Period shifted(int steps) {
    return switch (grain) {
      case MONTH -> month(YearMonth.from(start).plusMonths(steps));
      case QUARTER -> {
        YearMonth first = YearMonth.from(start).plusMonths(3L * steps);
        yield quarter(first.getYear(), (first.getMonthValue() - 1) / 3 + 1);
      }
      case YEAR -> year(start.getYear() + steps);
    };
  }

  @Override
  public int compareTo(Period other) {
    int byGrain = grain.compareTo(other.grain);
    return byGrain != 0 ? byGrain : start.compareTo(other.start);
  }

  @Override
  public String toString() {
    return label();
  }
}
