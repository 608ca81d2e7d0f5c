package org.npcwh.core.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.npcwh.core.metric.Family;
import org.npcwh.core.metric.Metric;

/**
 * The metric tables of {@code docs/contract/metrics.md}, rendered from {@link Metric}: the document
 * keeps its prose (conventions, traps, headings) by hand, and each family's table sits between a pair
 * of markers that only this class writes, so the catalogue is typed once.
 */
final class MetricTables {
  static final String REGENERATE = "mvn -q -pl core test -Dtest=MetricsDocTest -Dnpcwh.regenerateDocs=true";

  private static final Pattern SECTION = Pattern.compile(
      "(<!-- generated from Metric\\.java, family (\\w+): do not edit[^\\n]*-->\\n)(.*?)"
          + "(<!-- end of generated family (\\w+) -->)", Pattern.DOTALL);

  private MetricTables() {}

  /** The opening marker of a family's table, as a new section should be written. */
  static String startMarker(Family family) {
    return "<!-- generated from Metric.java, family " + family + ": do not edit, regenerate with "
        + REGENERATE + " -->";
  }

  static String endMarker(Family family) {
    return "<!-- end of generated family " + family + " -->";
  }

  /** The families whose tables the document holds, in the order it holds them. */
  static List<String> families(String doc) {
    List<String> found = new ArrayList<>();
    Matcher m = SECTION.matcher(doc);
    while (m.find()) {
      found.add(m.group(2));
    }
    return found;
  }

  /**
   * The document with every generated section's body replaced by the catalogue's table for that
   * family; everything outside the markers is returned unchanged.
   *
   * @throws IllegalArgumentException when a section's two markers name different families, or a
   *     family that {@link Family} does not have
   */
  static String regenerate(String doc) {
    Matcher m = SECTION.matcher(doc);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!m.group(2).equals(m.group(5))) {
        throw new IllegalArgumentException("a generated section opens for family " + m.group(2)
            + " but closes for " + m.group(5));
      }
      Family family = family(m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement(startMarker(family) + "\n" + table(family)
          + endMarker(family)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** One family's metrics as a Markdown table, in catalogue order. */
  static String table(Family family) {
    StringBuilder out = new StringBuilder("| metric_id | name_zh | name_en | unit | scopes | definition |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Metric metric : Metric.values()) {
      if (metric.family() == family) {
        out.append("| ").append(String.join(" | ", metric.id(), cell(metric.nameZh()), cell(metric.nameEn()),
            metric.unit().name(), metric.scopes().stream().map(Enum::name).collect(Collectors.joining(", ")),
            cell(metric.definition()))).append(" |\n");
      }
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static Family family(String name) {
    return Arrays.stream(Family.values()).filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("a generated section names family " + name
            + ", which Family.java does not have"));
  }
}
