package org.npcwh.reports.fill;

import org.npcwh.core.period.Grain;
import org.npcwh.core.period.Period;

/** A period as a Chinese reader expects it: 2023年6月, 2023年第二季度, 2023年. */
public final class PeriodText {
  private static final String[] QUARTERS = {"一", "二", "三", "四"};

  private PeriodText() {}

  /** How the period before is named: 上月, 上季度, 上年. */
  public static String previousZh(Grain grain) {
    return switch (grain) {
      case MONTH -> "上月";
      case QUARTER -> "上季度";
      case YEAR -> "上年";
    };
  }

  /** How the same period last year is named: 去年同月, 去年同季度, 上年. */
  public static String lastYearZh(Grain grain) {
    return switch (grain) {
      case MONTH -> "去年同月";
      case QUARTER -> "去年同季度";
      case YEAR -> "上年";
    };
  }

  public static String zh(Period period) {
    int year = period.start().getYear();
    return switch (period.grain()) {
      case MONTH -> year + "年" + period.start().getMonthValue() + "月";
      case QUARTER -> year + "年第" + QUARTERS[(period.start().getMonthValue() - 1) / 3] + "季度";
      case YEAR -> year + "年";
    };
  }
}
