package org.npcwh.reports;

/** Whether one report is written for the whole city or one per district or department. */
public enum Burst {
  /** One report with the city's figures. */
  NONE,
  /** One report per district, with only that district's figures and lists. */
  DISTRICT,
  /** One report per department, with only that department's figures and lists. */
  DEPARTMENT
}
