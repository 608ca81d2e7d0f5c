package org.npcwh.app;

import org.npcwh.core.layout.WarehouseLock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.npcwh.checks.CheckReport;
import org.npcwh.checks.CheckSettings;
import org.npcwh.core.period.Period;
import org.npcwh.ingest.IngestReport;
import org.npcwh.transform.TransformReport;

/**
 * {@code npcwh run} and {@code npcwh demo}: every stage in one process under the warehouse's lock,
 * then one summary. The release takes the figures, the tables and the reports together; a period
 * whose checks fail is neither published nor reported (its last good state stays); a period that
 * ends before the first ingested event stops the run with exit 3 before transform. The caller ends
 * the command from the returned reports ({@link Verdicts#end}), so a failed check and a rejected
 * batch both reach the user.
 */
final class WholeRun {
  private WholeRun() {}

  /** What the stages found that decides how the command ends. */
  record Found(IngestReport ingested, CheckReport checked) {}

  static Found execute(Pipeline pipeline, PrintWriter out, Path landing, byte[] piiKey, String master,
      List<Period> periods, CheckSettings settings, ReportOptions.Plan plan) {
    long start = System.nanoTime();
    IngestReport ingested;
    TransformReport transformed;
    CheckReport checked;
    Pipeline.Published published;
    List<Path> reports;
    try (WarehouseLock lock = pipeline.writing("run")) {
      ingested = pipeline.ingest(landing, piiKey);
      // Refused before transform: nothing is computed, checked or published for such a period.
      pipeline.refusePeriodsBeforeFirstData(periods);
      transformed = pipeline.transform(master, periods);
      checked = pipeline.check(periods, settings);
      List<Period> passed = periods.stream().filter(p -> !checked.failedPeriods().contains(p)).toList();
      if (pipeline.isReleaseFolder(plan.outDir())) {
        published = pipeline.publish(latestOfEachGrain(passed), plan);
        reports = published.reports();
      } else {
        published = pipeline.publish(List.of(), plan);
        reports = published.released() ? pipeline.report(latestOfEachGrain(passed), plan) : List.of();
      }
    }

    out.println(ingested.summary());
    out.println(transformed.summary());
    out.println(published);
    out.println("Reports:");
    reports.forEach(r -> out.println("  " + r));
    out.println("Total: " + Progress.since(start));
    out.println(checked.summary());
    return new Found(ingested, checked);
  }

  /** A run over many periods reports on the newest month, quarter and year among them. */
  static List<Period> latestOfEachGrain(List<Period> periods) {
    Map<?, Period> latest = periods.stream().collect(Collectors.toMap(
        Period::grain, p -> p, (a, b) -> a.start().isAfter(b.start()) ? a : b));
    return latest.values().stream().sorted(Comparator.naturalOrder()).toList();
  }
}
