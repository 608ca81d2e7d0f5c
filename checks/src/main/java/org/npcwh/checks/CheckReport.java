package org.npcwh.checks;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.npcwh.core.error.Errors;
import org.npcwh.core.error.UserException;
import org.npcwh.core.period.Period;

/**
 * What one check run found: a verdict per period (PASS, or FAIL when a FAIL check did not pass),
 * every result, where they were written, and the operator report when something failed.
 */
public final class CheckReport {
  private final String runId;
  private final LocalDateTime checkedAt;
  private final Map<Period, Outcome> verdicts;
  private final List<CheckResult> results;
  private final Path resultsFile;
  private final Path failureReport;

  CheckReport(RunStamp stamp, Map<Period, Outcome> verdicts, List<CheckResult> results, Path resultsFile,
      Path failureReport) {
    this.runId = stamp.runId();
    this.checkedAt = stamp.checkedAt();
    this.verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
    this.results = List.copyOf(results);
    this.resultsFile = resultsFile;
    this.failureReport = failureReport;
  }

  public String runId() {
    return runId;
  }

  /** When the run started, local China time (the {@code checked_at} of its results). */
  public LocalDateTime checkedAt() {
    return checkedAt;
  }

  /** PASS or FAIL per checked period, in period order. */
  public Map<Period, Outcome> verdicts() {
    return verdicts;
  }

  public List<Period> failedPeriods() {
    return verdicts.entrySet().stream().filter(e -> e.getValue() == Outcome.FAIL).map(Map.Entry::getKey).toList();
  }

  /** Every result row of the run, as written to {@link #resultsFile()}. */
  public List<CheckResult> results() {
    return results;
  }

  public List<CheckResult> failures() {
    return results.stream().filter(CheckResult::failed).toList();
  }

  public List<CheckResult> warnings() {
    return results.stream().filter(CheckResult::warned).toList();
  }

  public boolean hasFailures() {
    return verdicts.containsValue(Outcome.FAIL);
  }

  /** {@code <warehouse>/checks/<run_id>.parquet}. */
  public Path resultsFile() {
    return resultsFile;
  }

  /** {@code <warehouse>/checks/<run_id>.md}, written only when a check failed. */
  public Optional<Path> failureReport() {
    return Optional.ofNullable(failureReport);
  }

  /** A few lines for the terminal: the verdict of each period and where to read more. */
  public String summary() {
    StringBuilder out = new StringBuilder("Check run " + runId + ": " + verdicts.size() + " period(s) checked, "
        + CheckCatalog.all().size() + " checks each\n");
    verdicts.forEach((period, verdict) -> {
      out.append(String.format("  %-8s %s", period.label(), verdict));
      List<String> failed = failedChecks(period.label());
      long warned = results.stream().filter(r -> r.warned() && r.period().equals(period.label()))
          .map(CheckResult::qualifiedId).distinct().count();
      if (!failed.isEmpty()) {
        out.append("  failed: ").append(String.join(", ", failed));
      }
      if (warned > 0) {
        out.append("  (").append(warned).append(warned == 1 ? " warning)" : " warnings)");
      }
      out.append('\n');
    });
    out.append("Results: ").append(resultsFile);
    failureReport().ifPresent(md -> out.append("\nWhy it failed: ").append(md)
        .append("\nNothing of the failed period(s) was published: the figures and reports keep the last good state."));
    return out.toString();
  }

  /** The error the command line reports (exit code 4) when {@link #hasFailures()}. */
  public UserException toUserException() {
    List<String> periods = failedPeriods().stream().map(Period::label).toList();
    List<String> failed = failures().stream().map(CheckResult::qualifiedId).distinct().toList();
    return Errors.checksFailed("Data-quality checks failed for " + String.join(", ", periods),
        "check(s) " + String.join(", ", failed) + " did not pass in run " + runId
            + ", so these periods are not published and the last good figures stay",
        "Read " + failureReport().map(Path::toString).orElse(resultsFile.toString())
            + " for what each check found and what to do, fix the cause, then run transform and check again");
  }

  /** The checks that failed for a period, each named once as {@code table.check}. */
  public List<String> failedChecks(String periodLabel) {
    return results.stream().filter(r -> r.failed() && r.period().equals(periodLabel))
        .map(CheckResult::qualifiedId).distinct().toList();
  }

  @Override
  public String toString() {
    return summary();
  }
}
