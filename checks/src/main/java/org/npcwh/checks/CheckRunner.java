package org.npcwh.checks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;

/**
 * The data-quality gate between transform and publish. Loads one snapshot of the warehouse into an
 * in-memory DuckDB database (a view per published table over the candidate, {@link CandidateViews},
 * and the other inputs, {@link WarehouseInputs}), runs every check of the {@link CheckCatalog} for
 * each period (checks that name no period run once and count for every period), writes all results to
 * {@code <warehouse>/checks/<run_id>.parquet}, and, when a FAIL check did not pass, the operator
 * report {@code <warehouse>/checks/<run_id>.md}. It publishes nothing: {@link Promotion} does,
 * from the newest results.
 */
public final class CheckRunner {
  private final WarehouseLayout layout;
  private final CheckSettings settings;
  private final Consumer<String> progress;
  private final Clock clock;

  public CheckRunner(WarehouseLayout layout, CheckSettings settings, Consumer<String> progress) {
    this(layout, settings, progress, Clock.systemUTC());
  }

  CheckRunner(WarehouseLayout layout, CheckSettings settings, Consumer<String> progress, Clock clock) {
    this.layout = layout;
    this.settings = settings;
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * Checks the candidate figures of {@code periods} (and the sources they rest on); refuses, before
   * any check, a period that ends before the warehouse's first event ({@link FirstData}).
   */
  public CheckReport run(List<Period> periods) {
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("no period to check");
    }
    List<Period> ordered = periods.stream().distinct().sorted().toList();
    FirstData.refusePeriodsBefore(layout, ordered);
    RunStamp stamp = RunStamp.at(clock.instant());
    List<CheckDefinition> checks = CheckCatalog.all();
    progress.accept("Check run " + stamp.runId() + ": " + checks.size() + " checks, " + ordered.size() + " period(s)");
    try (Connection connection = DuckDb.inMemory()) {
      CandidateViews.create(connection, layout);
      WarehouseInputs.load(connection, layout, ordered, settings);
      CheckEvaluator evaluator = new CheckEvaluator(connection, stamp);
      Map<String, List<CheckEvaluator.Finding>> runWide = runWideFindings(evaluator, checks);
      Map<Period, Outcome> verdicts = new LinkedHashMap<>();
      List<CheckResult> results = new ArrayList<>();
      for (Period period : ordered) {
        List<CheckResult> ofPeriod = checkPeriod(evaluator, checks, runWide, period);
        Outcome verdict = ofPeriod.stream().anyMatch(CheckResult::failed) ? Outcome.FAIL : Outcome.PASS;
        verdicts.put(period, verdict);
        results.addAll(ofPeriod);
        progress.accept(period.label() + ": " + verdict + describeFindings(ofPeriod));
      }
      Path resultsFile = ResultsFile.write(connection, layout, stamp.runId(), results);
      CheckReport report = new CheckReport(stamp, verdicts, results, resultsFile, null);
      if (!report.hasFailures()) {
        return report;
      }
      Path failureReport = new OperatorReport(layout, checks).write(report);
      return new CheckReport(stamp, verdicts, results, resultsFile, failureReport);
    } catch (SQLException e) {
      throw new IllegalStateException("the in-memory DuckDB database failed: " + e.getMessage(), e);
    }
  }

  private Map<String, List<CheckEvaluator.Finding>> runWideFindings(CheckEvaluator evaluator,
      List<CheckDefinition> checks) {
    Map<String, Object> values = CheckParameters.forRun(settings);
    Map<String, List<CheckEvaluator.Finding>> out = new LinkedHashMap<>();
    checks.stream().filter(c -> !c.perPeriod()).forEach(c -> out.put(c.qualifiedId(), evaluator.findings(c, values)));
    return out;
  }

  private List<CheckResult> checkPeriod(CheckEvaluator evaluator, List<CheckDefinition> checks,
      Map<String, List<CheckEvaluator.Finding>> runWide, Period period) {
    Map<String, Object> values = CheckParameters.forPeriod(settings, period);
    List<CheckResult> out = new ArrayList<>();
    for (CheckDefinition check : checks) {
      List<CheckEvaluator.Finding> findings =
          check.perPeriod() ? evaluator.findings(check, values) : runWide.get(check.qualifiedId());
      out.addAll(evaluator.results(period.label(), check, check.expectedWith(values), findings));
    }
    return out;
  }

  private static String describeFindings(List<CheckResult> results) {
    long failed = results.stream().filter(CheckResult::failed).map(CheckResult::qualifiedId).distinct().count();
    long warned = results.stream().filter(CheckResult::warned).map(CheckResult::qualifiedId).distinct().count();
    return failed + warned == 0 ? "" : " (" + failed + " failed, " + warned + " warned)";
  }
}
