package org.npcwh.samples.world;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.Row;

/**
 * 履职积分 rules of the duty registration system: points per record of each duty type and the yearly
 * cap. Attending the congress has no cap; the caps of receptions and of "other" duties bind for the
 * busiest deputies of the sample.
 */
public final class DutyPointRules {
  private DutyPointRules() {}

  /** One rule per duty type. */
  public static List<Row> rows() {
    Object[][] rules = {
        {"SESSION", "10", null, "出席代表大会"}, {"COMMITTEE_ATTENDANCE", "5", "20", "列席常委会会议"},
        {"RECEPTION", "3", "24", "接待选民"}, {"SURVEY", "4", "20", "视察调研、执法检查"},
        {"TRAINING", "2", "10", "培训"}, {"OVERSIGHT", "4", "16", "局长面对面、问政会"},
        {"GROUP_WORK", "3", "15", "专业小组活动"}, {"MICRO_PROJECT", "2", "10", "监督民生微实事"},
        {"OTHER", "1", "5", "其他"}};
    List<Row> out = new ArrayList<>();
    for (Object[] r : rules) {
      out.add(Row.of(SourceDataset.DUTY_POINT_RULES)
          .set("duty_type", r[0])
          .set("points", new BigDecimal((String) r[1]))
          .set("annual_cap", r[2] == null ? null : new BigDecimal((String) r[2]))
          .set("name_zh", r[3]));
    }
    return out;
  }
}
