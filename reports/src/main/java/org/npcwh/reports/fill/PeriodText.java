package org.npcwh.reports.fill;

import org.npcwh.core.period.Period;

/** A period as a Chinese reader expects it: 2023年6月, 2023年第二季度, 2023年. */
public final class PeriodText {
  private static final String[] QUARTERS = {"一", "二", "三", "四"};

  private PeriodText() {}

  public static String zh(Period period) {
    int year = period.start().getYear();
    return switch (period.grain()) {
      case MONTH -> year + "年" + period.start().getMonthValue() + "月";
      case QUARTER -> year + "年第" + QUARTERS[(period.start().getMonthValue() - 1) / 3] + "季度";
      case YEAR -> year + "年";
    };
  }
}
