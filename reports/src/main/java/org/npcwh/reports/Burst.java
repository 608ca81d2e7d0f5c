package org.npcwh.reports;

/** Whether the city's report is accompanied by one report per district or per department. */
public enum Burst {
  /** Only the city's report. */
  NONE,
  /** The city's report and one per district, with only that district's figures and lists. */
  DISTRICT,
  /** The city's report and one per department, with only that department's figures and lists. */
  DEPARTMENT
}
