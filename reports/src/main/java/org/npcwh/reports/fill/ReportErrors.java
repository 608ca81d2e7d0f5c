package org.npcwh.reports.fill;

import java.nio.file.Path;
import org.npcwh.core.error.Errors;
import org.npcwh.core.error.UserException;
import org.npcwh.core.period.Period;

/** The reports' user-facing errors, worded in one place on top of {@link Errors}. */
public final class ReportErrors {
  private ReportErrors() {}

  public static UserException noFigures(Period period, Path database) {
    return Errors.badInput("There are no figures for " + period.label() + " in " + database,
        "metric_values holds no row for that period, so every figure of the report would be missing",
        "Transform and publish " + period.label() + " first, or choose a period the warehouse has");
  }

  public static UserException emptyCatalogue(Path database) {
    return Errors.badInput("The metric catalogue of " + database + " is empty",
        "the reports take every label and unit from the metric_catalog view",
        "Transform and publish the warehouse again with this version of npcwh");
  }

  public static UserException unreadable(Path database, Throwable cause) {
    return Errors.badInput("Cannot read the report data from " + database,
        cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage().strip() + ")"),
        "Check that the warehouse was published with this version of npcwh and that no other program holds"
            + " warehouse.duckdb open for writing, then run again", cause);
  }
}
