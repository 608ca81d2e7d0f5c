package org.npcwh.reports.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.period.Period;
import org.npcwh.reports.ReportFormat;
import org.npcwh.reports.fill.ReportScope;
import org.npcwh.reports.template.ReportVariant;

/**
 * File names of reports: {@code npc-monthly-2023-06.pdf} for the city,
 * {@code npc-monthly-2023-06-district-440304.pdf} for a district,
 * {@code npc-quarterly-2023-Q2-department-D01.xlsx} for a department,
 * {@code npc-monthly-2023-06-deputy-P0001.pdf} for a deputy's duty file (一人一档).
 */
public final class OutputNames {
  private static final String DEPUTY = "deputy";
  private static final Pattern NAME = Pattern.compile(
      "npc-([a-z]+)-(\\d{4}(?:-\\d{2}|-Q[1-4])?)(?:-([a-z]+)-([A-Za-z0-9_-]+))?\\.([a-z]+)");

  /**
   * What a report file's name says: its period, its scope ({@code city}, {@code district}, {@code
   * department} or {@code deputy}) and code ({@code CITY} for the city), its format.
   */
  public record Parsed(Period period, String scopeKind, String code, ReportFormat format) {}

  private OutputNames() {}

  public static String of(Period period, ReportScope scope, ReportFormat format) {
    StringBuilder name = new StringBuilder(stem(period));
    if (scope.type() != ScopeType.CITY) {
      name.append('-').append(scope.type().name().toLowerCase(Locale.ROOT))
          .append('-').append(safe(scope.code()));
    }
    return name.append('.').append(format.extension()).toString();
  }

  /** The name of a deputy's duty file of the period. */
  public static String deputy(Period period, String deputyId, ReportFormat format) {
    return stem(period) + "-" + DEPUTY + "-" + safe(deputyId) + "." + format.extension();
  }

  /** Whether a file of a reports folder is a report of {@code period} (of any scope and format). */
  public static boolean isOf(String fileName, Period period) {
    String stem = stem(period);
    return fileName.startsWith(stem + ".") || fileName.startsWith(stem + "-" + DEPUTY + "-")
        || Arrays.stream(ScopeType.values())
            .anyMatch(type -> fileName.startsWith(stem + "-" + type.name().toLowerCase(Locale.ROOT) + "-"));
  }

  /** The parts of a name written by this class; empty for any other file. */
  public static Optional<Parsed> parse(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<ReportFormat> format = Arrays.stream(ReportFormat.values())
        .filter(f -> f.extension().equals(m.group(5))).findFirst();
    String kind = m.group(3) == null ? "city" : m.group(3);
    boolean knownKind = kind.equals("city") || kind.equals(DEPUTY) || Arrays.stream(ScopeType.values())
        .anyMatch(t -> t != ScopeType.CITY && t.name().toLowerCase(Locale.ROOT).equals(kind));
    Period period;
    try {
      period = Period.parse(m.group(2));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (format.isEmpty() || !knownKind || !stem(period).equals("npc-" + m.group(1) + "-" + m.group(2))) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(period, kind, m.group(4) == null ? ScopeType.CITY_CODE : m.group(4), format.get()));
  }

  private static String stem(Period period) {
    return "npc-" + ReportVariant.of(period.grain()).templateName() + "-" + period.label();
  }

  /** A scope code as a file name part: anything but letters, digits, '-' and '_' becomes '_'. */
  private static String safe(String code) {
    return code.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
