package org.npcwh.reports.fill;

import java.util.Map;

/** Chinese wording of the set-aside reason codes of the source contract. */
final class SetAsideReasons {
  private static final Map<String, String> ZH = Map.of(
      "MALFORMED_RECORD", "记录格式错误",
      "MISSING_KEY", "缺少主键",
      "BAD_TYPE", "字段类型错误",
      "BAD_CODE", "代码值无效",
      "OUT_OF_RANGE", "数值超出范围",
      "UNKNOWN_REFERENCE", "引用的对象不存在");

  private SetAsideReasons() {}

  /** E.g. "BAD_TYPE 字段类型错误"; an unknown code is shown as it is. */
  static String describe(String reasonCode) {
    String zh = ZH.get(reasonCode);
    return zh == null ? reasonCode : reasonCode + " " + zh;
  }
}
