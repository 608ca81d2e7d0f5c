package org.npcwh.app;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.npcwh.reports.Burst;
import org.npcwh.reports.ReportFormat;
import picocli.CommandLine.Option;

/** {@code --format}, {@code --by} and {@code --out}: which report files to write, and where. */
final class ReportOptions {
  @Option(names = "--format", split = ",", paramLabel = "FORMAT",
      description = "Report formats, comma-separated: pdf, xlsx, html (default: pdf).")
  List<ReportFormat> formats = List.of(ReportFormat.PDF);

  @Option(names = "--by", paramLabel = "SCOPE",
      description = "Also write one report per district or per department, or the duty file (一人一档) of every"
          + " deputy serving at the period's end: district | department | deputy.")
  Burst by = Burst.NONE;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Where reports are written (default: <warehouse>/reports).")
  Path out;

  /** What to render. */
  record Plan(Set<ReportFormat> formats, Burst burst, Path outDir) {}

  Plan plan(Pipeline pipeline) {
    return new Plan(EnumSet.copyOf(formats), by, out != null ? out : pipeline.defaultReportDir());
  }
}
