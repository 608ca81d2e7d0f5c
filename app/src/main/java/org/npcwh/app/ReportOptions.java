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
  List<String> formats = List.of("pdf");

  @Option(names = "--by", paramLabel = "SCOPE",
      description = "Also write one report per district or per department: district | department.")
  String by;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Where reports are written (default: <warehouse>/reports).")
  Path out;

  /** What to render, checked before any work starts so a typo fails fast. */
  record Plan(Set<ReportFormat> formats, Burst burst, Path outDir) {}

  Plan plan(picocli.CommandLine commandLine, Pipeline pipeline) {
    return new Plan(formats(commandLine), burst(commandLine), out != null ? out : pipeline.defaultReportDir());
  }

  private Set<ReportFormat> formats(picocli.CommandLine commandLine) {
    EnumSet<ReportFormat> set = EnumSet.noneOf(ReportFormat.class);
    for (String f : formats) {
      set.add(parse(ReportFormat.class, f, "--format", "pdf, xlsx, html", commandLine));
    }
    return set;
  }

  private Burst burst(picocli.CommandLine commandLine) {
    return by == null ? Burst.NONE : parse(Burst.class, by, "--by", "district, department", commandLine);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String option, String allowed,
      picocli.CommandLine commandLine) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(commandLine,
          "'" + value + "' is not a value of " + option + ": use " + allowed);
    }
  }
}
