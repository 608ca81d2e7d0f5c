package org.npcwh.checks;

import java.util.List;

/**
 * What {@link Promotion} did: the periods it published and the ones it held back, with why.
 *
 * @param published period labels whose candidate figures go into the new release
 * @param held candidates left in {@code candidate/metric_values/}
 */
public record PromotionReport(List<String> published, List<Held> held) {

  /** Why a candidate was not published. */
  public enum Reason {
    /** No check run ever checked the period. */
    NEVER_CHECKED,
    /** The newest check run of the period has a FAIL. */
    FAILED_CHECKS,
    /** Transform rewrote the candidate after the newest check run: those results are not about it. */
    CHANGED_SINCE_CHECKED,
    /** The file's name is not a period label. */
    NOT_A_PERIOD
  }

  /**
   * One candidate held back.
   *
   * @param period the period label (the candidate's file name)
   * @param reason why
   * @param runId the newest check run of the period, or null
   * @param failedChecks the checks that failed in that run ({@code table.check})
   */
  public record Held(String period, Reason reason, String runId, List<String> failedChecks) {
    public Held {
      failedChecks = List.copyOf(failedChecks);
    }

    /** One line for operators. */
    public String explain() {
      return switch (reason) {
        case NEVER_CHECKED -> period + ": never checked — run `npcwh check` for it first";
        case FAILED_CHECKS -> period + ": failed " + String.join(", ", failedChecks) + " in check run " + runId
            + " (see checks/" + runId + ".md)";
        case CHANGED_SINCE_CHECKED -> period + ": figures recomputed after check run " + runId
            + " — run `npcwh check` for it again";
        case NOT_A_PERIOD -> period + ": the file name is not a period label (2023-01, 2023-Q1, 2023); left alone";
      };
    }
  }

  public PromotionReport {
    published = List.copyOf(published);
    held = List.copyOf(held);
  }

  public boolean hasHeld() {
    return !held.isEmpty();
  }

  public String summary() {
    StringBuilder out = new StringBuilder("Published " + published.size() + " period(s)");
    out.append(published.isEmpty() ? "" : ": " + String.join(", ", published));
    if (!held.isEmpty()) {
      out.append("\nHeld back ").append(held.size()).append(" period(s); their published figures stay as they were:");
      held.forEach(h -> out.append("\n  ").append(h.explain()));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return summary();
  }
}
