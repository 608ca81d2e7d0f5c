package org.npcwh.core.metric;

/** The metric families of {@code docs/contract/metrics.md}, in report order. */
public enum Family {
  COVERAGE("家站点覆盖", "Coverage"),
  RESPONSIVENESS("办理时效", "Responsiveness"),
  SATISFACTION("满意度", "Satisfaction"),
  LEGISLATIVE("基层立法联系", "Legislative feedback"),
  LIVELIHOOD("民生实事票决", "Livelihood projects"),
  DUTY("代表履职", "Deputies' duty"),
  OVERSIGHT("监督", "Oversight"),
  STREET_WORK("街道选民代表会议与民生微实事", "Street voter meetings and micro livelihood projects"),
  SUPPORT("联络站保障与承诺台账", "Station support and commitments");

  private final String nameZh;
  private final String nameEn;

  Family(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }
}
