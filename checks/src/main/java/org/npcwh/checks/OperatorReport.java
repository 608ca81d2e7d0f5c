package org.npcwh.checks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;

/**
 * {@code <warehouse>/checks/<run_id>.md}: why a run failed, for the operator on call. For each
 * failed period, each check that did not pass: what it asserts, what it expected, what it found
 * (observed values), what that means and what to do; then the warnings.
 */
final class OperatorReport {
  private final WarehouseLayout layout;
  private final Map<String, CheckDefinition> checks;

  OperatorReport(WarehouseLayout layout, List<CheckDefinition> checks) {
    this.layout = layout;
    this.checks = checks.stream().collect(Collectors.toMap(CheckDefinition::qualifiedId, Function.identity()));
  }

  static Path path(WarehouseLayout layout, String runId) {
    return layout.checks().resolve(runId + ".md");
  }

  /** Writes the report of a run that has failures (hidden temp file, then one rename). */
  Path write(CheckReport report) {
    Path target = path(layout, report.runId());
    Path temp = layout.checks().resolve("." + report.runId() + ".md.tmp");
    try {
      Files.createDirectories(layout.checks());
      Files.writeString(temp, render(report), StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw Errors.unwritable(layout.checks(), e);
    }
  }

  String render(CheckReport report) {
    StringBuilder md = new StringBuilder();
    md.append("# 数据质量检查未通过 / Data-quality checks failed\n\n")
        .append("Run `").append(report.runId()).append("`, started ").append(report.checkedAt())
        .append(" (Asia/Shanghai), warehouse `").append(layout.root()).append("`.\n\n")
        .append("| period | verdict | failed checks |\n|---|---|---|\n");
    report.verdicts().forEach((period, verdict) -> md.append("| ").append(period.label()).append(" | ")
        .append(verdict).append(" | ").append(String.join(", ", report.failedChecks(period.label()))).append(" |\n"));
    md.append("\n**What this means.** The figures of the FAIL periods were not published: ")
        .append("`marts/metric_values/` and the reports keep the last good state, and the computed figures wait in ")
        .append("`candidate/metric_values/` until a check run passes. Fix the cause named below, run ")
        .append("`npcwh transform` for the period if data changed, then `npcwh check` and `npcwh publish`.\n");
    for (Period period : report.failedPeriods()) {
      md.append("\n## ").append(period.label()).append(" — FAIL\n");
      appendChecks(md, results(report, period, CheckResult::failed));
    }
    if (!report.warnings().isEmpty()) {
      md.append("\n## Warnings (they do not stop publication)\n");
      for (Period period : report.verdicts().keySet()) {
        List<CheckResult> warned = results(report, period, CheckResult::warned);
        if (!warned.isEmpty()) {
          md.append("\n### ").append(period.label()).append('\n');
          warned.forEach(r -> appendFinding(md.append("- `").append(r.qualifiedId()).append("`: "), r));
        }
      }
    }
    md.append("\n## All results of this run\n\n```sql\nSELECT * FROM read_parquet('")
        .append(report.resultsFile()).append("') WHERE outcome <> 'PASS';\n```\n");
    return md.toString();
  }

  private void appendChecks(StringBuilder md, List<CheckResult> failed) {
    Map<String, List<CheckResult>> byCheck = failed.stream()
        .collect(Collectors.groupingBy(CheckResult::qualifiedId, LinkedHashMap::new, Collectors.toList()));
    byCheck.forEach((id, findings) -> {
      CheckDefinition check = checks.get(id);
      md.append("\n### `").append(id).append("`\n\n")
          .append(check.description()).append("\n\n")
          .append("- Expected: ").append(findings.get(0).expected()).append('\n')
          .append("- Found:\n");
      findings.forEach(r -> appendFinding(md.append("  - "), r));
      md.append("- What to do: ").append(check.action()).append('\n');
    });
  }

  private static void appendFinding(StringBuilder md, CheckResult r) {
    md.append("observed **").append(format(r.observed())).append("** — ").append(r.detail()).append('\n');
  }

  private static List<CheckResult> results(CheckReport report, Period period,
      Predicate<CheckResult> which) {
    return report.results().stream().filter(r -> r.period().equals(period.label()) && which.test(r)).toList();
  }

  static String format(Double value) {
    if (value == null) {
      return "—";
    }
    if (value.isNaN() || value.isInfinite()) {
      return value.toString();
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
