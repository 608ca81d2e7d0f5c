package org.npcwh.reports.deputy;

import java.time.LocalDate;
import java.util.Map;
import org.npcwh.reports.fill.FigureFormat;

/** The Chinese words of the deputy's file for the codes of the contract: levels, ratings, a letter's state. */
final class DeputyText {
  private static final Map<String, String> LEVELS = Map.of("NATIONAL", "全国人大代表", "PROVINCIAL", "省人大代表",
      "MUNICIPAL", "市人大代表", "DISTRICT", "区人大代表");
  private static final Map<String, String> RATINGS = Map.of("SATISFIED", "满意", "BASICALLY_SATISFIED", "基本满意",
      "UNSATISFIED", "不满意");

  private DeputyText() {}

  static String level(String code) {
    return code == null ? FigureFormat.MISSING : LEVELS.getOrDefault(code, code);
  }

  /** "不满意（55分）", "满意", or "尚未测评" without a rating. */
  static String rating(String code, Number score) {
    if (code == null) {
      return "尚未测评";
    }
    String rating = RATINGS.getOrDefault(code, code);
    return score == null ? rating : rating + "（" + score + "分）";
  }

  /** A letter's state at P.end: answered in time or late, overdue, or still within its month. */
  static String letterState(LocalDate deadline, LocalDate answered, LocalDate periodEnd) {
    if (answered != null) {
      return answered.isAfter(deadline) ? "逾期答复" : "按期答复";
    }
    return deadline.isBefore(periodEnd) ? "逾期未答复" : "办理中";
  }
}
