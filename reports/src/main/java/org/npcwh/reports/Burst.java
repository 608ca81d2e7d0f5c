package org.npcwh.reports;

/**
 * Whether the city's report is accompanied by one report per district or per department, or by the
 * duty file (一人一档) of every deputy serving at the period's end.
 */
public enum Burst {
  /** Only the city's report. */
  NONE,
  /** The city's report and one per district, with only that district's figures and lists. */
  DISTRICT,
  /** The city's report and one per department, with only that department's figures and lists. */
  DEPARTMENT,
  /** The city's report and one duty file per deputy serving at the period's end. */
  DEPUTY
}
