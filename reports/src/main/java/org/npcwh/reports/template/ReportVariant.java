package org.npcwh.reports.template;

import org.npcwh.core.period.Grain;

/** The three report templates; the period's grain picks one. */
public enum ReportVariant {
  MONTHLY("monthly"),
  QUARTERLY("quarterly"),
  ANNUAL("annual");

  private final String templateName;

  ReportVariant(String templateName) {
    this.templateName = templateName;
  }

  public static ReportVariant of(Grain grain) {
    return switch (grain) {
      case MONTH -> MONTHLY;
      case QUARTER -> QUARTERLY;
      case YEAR -> ANNUAL;
    };
  }

  /** The master template's name, also the word used in output file names. */
  public String templateName() {
    return templateName;
  }
}
