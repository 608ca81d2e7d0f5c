package org.npcwh.core.contract;

/** The duty types of {@code duty_records} (contract, second tier), the codes of 履职积分's rules. */
final class DutyTypes {
  static final String[] ALL = {
    "SESSION", "COMMITTEE_ATTENDANCE", "RECEPTION", "SURVEY", "TRAINING", "OVERSIGHT", "GROUP_WORK",
    "MICRO_PROJECT", "OTHER"
  };

  private DutyTypes() {}
}
