package org.npcwh.core.metric;

/** The unit of a metric's value, as {@code metric_catalog.unit} spells it. */
public enum Unit {
  /** A count of things. */
  COUNT("个"),
  /** A share between 0 and 1. */
  RATE("%"),
  /** A number of days. */
  DAYS("天"),
  /** A score out of 100. */
  SCORE("分"),
  /** An average per calendar day. */
  PER_DAY("人/日"),
  /** Duty points (履职积分). */
  POINTS("分"),
  /** Ten thousand yuan (万元). */
  WAN_YUAN("万元");

  private final String suffixZh;

  Unit(String suffixZh) {
    this.suffixZh = suffixZh;
  }

  /** How a report writes the unit after a figure. */
  public String suffixZh() {
    return suffixZh;
  }
}
