package org.npcwh.reports.fill;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.npcwh.core.metric.Unit;

/**
 * The Chinese wording of the 要点 sentences, one method per rule of {@code keypoints.sql}. Every figure
 * in a sentence is a metric_values row's value formatted as the tables format it, and is recorded as a
 * {@link KeyPoint.Cite}; the sentences carry no other number.
 */
final class KeyPointWording {
  private final MetricLabels labels;
  private final List<KeyPoint.Cite> cites = new ArrayList<>();

  KeyPointWording(MetricLabels labels) {
    this.labels = labels;
  }

  /** A row of one metric at one scope and period. */
  record Row(String period, String metricId, String scopeType, String scopeCode, Double value) {}

  /** A move of one metric between the compared period and the report's. */
  record Move(Row now, Row before) {}

  /** "与上月相比，变动较大的是：群众留言数由1,200个升至1,234个；…。" */
  KeyPoint moves(String comparedZh, List<Move> moves) {
    if (moves.isEmpty()) {
      return sentence("与" + comparedZh + "相比，各项指标变动均不大。");
    }
    StringJoiner parts = new StringJoiner("；", "与" + comparedZh + "相比，变动较大的是：", "。");
    for (Move move : moves) {
      String direction = move.now().value() > move.before().value() ? "升至" : "降至";
      parts.add(name(move.now()) + "由" + figure(move.before()) + direction + figure(move.now()));
    }
    return sentence(parts.toString());
  }

  /** "各部门中联系函按期答复率最低的是市教育局（75.0%），全市为81.3%。" or, in its own report, "…低于全市（81.3%）". */
  KeyPoint behind(Row department, String departmentName, Row city, boolean ownReport) {
    String name = name(department);
    String text = ownReport
        ? departmentName + "的" + name + "为" + figure(department) + "，低于全市（" + figure(city) + "）。"
        : "各部门中" + name + "最低的是" + departmentName + "（" + figure(department) + "），全市为" + figure(city) + "。";
    return sentence(text);
  }

  /** "本期逾期未答复联系函数为7个，其中市教育局最多（5个）。" */
  KeyPoint backlog(Row scope, String departmentName, Row department) {
    String text = "本期" + name(scope) + "为" + figure(scope)
        + (department == null ? "" : "，其中" + departmentName + "最多（" + figure(department) + "）") + "。";
    return sentence(text);
  }

  /** The warning checks' labels, or that the run found none, or that no run checked the period. */
  static KeyPoint warnings(boolean checked, List<String> checkLabels) {
    if (!checked) {
      return new KeyPoint("本期尚未运行数据质量检查。", List.of());
    }
    if (checkLabels.isEmpty()) {
      return new KeyPoint("本期数据质量检查未发现预警。", List.of());
    }
    return new KeyPoint("本期数据质量检查提示：" + String.join("；", checkLabels) + "（详见附录）。", List.of());
  }

  private String name(Row row) {
    return labels.get(row.metricId()).nameZh();
  }

  /** The row's value as the tables write it, with the unit after counts, days and the like. */
  private String figure(Row row) {
    Unit unit = labels.get(row.metricId()).unit();
    String shown = FigureFormat.value(row.value(), unit);
    cites.add(new KeyPoint.Cite(row.period(), row.metricId(), row.scopeType(), row.scopeCode(), shown));
    return unit == Unit.RATE ? shown : shown + unit.suffixZh();
  }

  private KeyPoint sentence(String text) {
    KeyPoint point = new KeyPoint(text, cites);
    cites.clear();
    return point;
  }
}
