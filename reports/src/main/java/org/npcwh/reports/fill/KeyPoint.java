package org.npcwh.reports.fill;

import java.util.List;

/**
 * One sentence of the 要点 page with the metric_values rows whose figures it states, so that a test can
 * read those rows again and find each figure in the sentence.
 *
 * @param text the sentence, in Chinese
 * @param cites the rows it states, in the order they appear
 */
public record KeyPoint(String text, List<Cite> cites) {
  public KeyPoint {
    cites = List.copyOf(cites);
  }

  /** A metric_values row (its key) and its value as the sentence writes it. */
  public record Cite(String period, String metricId, String scopeType, String scopeCode, String shown) {}
}
