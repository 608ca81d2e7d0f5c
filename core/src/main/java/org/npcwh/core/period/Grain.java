package org.npcwh.core.period;

/** The length of a reporting period. */
public enum Grain {
  MONTH,
  QUARTER,
  YEAR
}
