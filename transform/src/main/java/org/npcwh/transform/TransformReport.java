package org.npcwh.transform;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a transform run did.
 *
 * @param rowsPerPeriod metric_values rows written per period label, in the order requested
 * @param steps each step of the run with its wall-clock time, in order
 */
public record TransformReport(Map<String, Long> rowsPerPeriod, List<Step> steps) {

  /** One named step of the run and how long it took. */
  public record Step(String name, Duration took) {}

  public TransformReport {
    rowsPerPeriod = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerPeriod));
    steps = List.copyOf(steps);
  }

  public Duration total() {
    return steps.stream().map(Step::took).reduce(Duration.ZERO, Duration::plus);
  }

  /** A few lines for people: rows per period, then time per step. */
  public String summary() {
    String periods = rowsPerPeriod.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue() + " rows")
        .collect(Collectors.joining(", "));
    String timings = steps.stream()
        .map(s -> String.format(Locale.ROOT, "%s %.1f s", s.name(), s.took().toMillis() / 1000.0))
        .collect(Collectors.joining(", "));
    return "metric_values written for " + rowsPerPeriod.size() + " period(s)"
        + (periods.isEmpty() ? "" : " (" + periods + ")") + System.lineSeparator()
        + String.format(Locale.ROOT, "transform took %.1f s: ", total().toMillis() / 1000.0) + timings;
  }
}
