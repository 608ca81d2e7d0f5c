package org.npcwh.core.contract;

/** The upstream systems the warehouse pulls from. */
public enum SourceSystem {
  LIAISON("代表履职/联络平台"),
  LEGISLATION("立法联系点意见征集"),
  SUGGESTION("代表建议办理"),
  LIVELIHOOD("民生实事票决"),
  DUTY("代表履职登记管理系统"),
  GROUPS("代表专业小组"),
  OVERSIGHT("监督工作"),
  STREET_WORK("街道人大工委"),
  STATION_SUPPORT("联络站保障");

  private final String nameZh;

  SourceSystem(String nameZh) {
    this.nameZh = nameZh;
  }

  public String nameZh() {
    return nameZh;
  }
}
