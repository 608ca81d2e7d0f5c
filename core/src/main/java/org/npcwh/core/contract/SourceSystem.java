package org.npcwh.core.contract;

/** The upstream systems the warehouse pulls from. */
public enum SourceSystem {
  LIAISON("代表履职/联络平台"),
  LEGISLATION("立法联系点意见征集"),
  SUGGESTION("代表建议办理"),
  LIVELIHOOD("民生实事票决");

  private final String nameZh;

  SourceSystem(String nameZh) {
    this.nameZh = nameZh;
  }

  public String nameZh() {
    return nameZh;
  }
}
