package org.npcwh.transform.testing;

/** The period labels the metric fixtures compute: the first quarter of 2023 and its months. */
public final class FixturePeriods {
  public static final String JAN = "2023-01";
  public static final String FEB = "2023-02";
  public static final String MAR = "2023-03";
  public static final String Q1 = "2023-Q1";

  private FixturePeriods() {}
}
