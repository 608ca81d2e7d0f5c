package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.col;
import static org.npcwh.core.metric.Metric.LETTERS_OVERDUE_OPEN;
import static org.npcwh.core.metric.Metric.LETTERS_SENT;
import static org.npcwh.core.metric.Metric.LETTER_MEDIAN_DAYS_TO_ANSWER;
import static org.npcwh.core.metric.Metric.LETTER_ON_TIME_RATE;
import static org.npcwh.core.metric.Metric.LETTER_SATISFACTION_RATE;
import static org.npcwh.core.metric.Metric.MESSAGES_FORWARDED;
import static org.npcwh.core.metric.Metric.MESSAGES_RECEIVED;
import static org.npcwh.core.metric.Metric.SUGGESTIONS_SUBMITTED;
import static org.npcwh.core.metric.Metric.SUGGESTION_ON_TIME_RATE;
import static org.npcwh.core.metric.Metric.SUGGESTION_SOLVED_OR_SOLVING_RATE;
import static org.npcwh.transform.metrics.Figures.countIf;
import static org.npcwh.transform.metrics.Figures.rows;

import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.metric.Family;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;

/** Responsiveness: do departments answer in time? */
final class ResponsivenessMetrics implements MetricFamily {
  private static final Map<ScopeType, String> BY_DISTRICT = Map.of(ScopeType.DISTRICT, "district_code");
  private static final Map<ScopeType, String> BY_DEPARTMENT = Map.of(ScopeType.DEPARTMENT, "department_code");
  private static final Map<ScopeType, String> BY_LEAD = Map.of(ScopeType.DEPARTMENT, "lead_department_code");

  @Override
  public Family family() {
    return Family.RESPONSIVENESS;
  }

  @Override
  public Map<Metric, Dataset<Row>> figures(MetricInputs in) {
    Map<Metric, Dataset<Row>> out = new EnumMap<>(Metric.class);
    Dataset<Row> messages = in.within(in.model().table("fct_message"), "submitted_on");
    out.put(MESSAGES_RECEIVED, count(MESSAGES_RECEIVED, messages, BY_DISTRICT));
    out.put(MESSAGES_FORWARDED, count(MESSAGES_FORWARDED, messages.filter(col("letter_id").isNotNull()),
        BY_DISTRICT));

    Dataset<Row> letters = in.model().table("fct_letter");
    out.put(LETTERS_SENT, count(LETTERS_SENT, in.within(letters, "sent_on"), BY_DEPARTMENT));
    out.put(LETTER_ON_TIME_RATE, Figures.ratio(LETTER_ON_TIME_RATE,
        Scopes.fanOut(in.within(letters, "deadline_on"), LETTER_ON_TIME_RATE, BY_DEPARTMENT),
        countIf(col("answered_on").leq(col("deadline_on"))), rows()));
    Dataset<Row> answered = in.within(letters, "answered_on");
    out.put(LETTER_MEDIAN_DAYS_TO_ANSWER, Figures.median(LETTER_MEDIAN_DAYS_TO_ANSWER,
        Scopes.fanOut(answered, LETTER_MEDIAN_DAYS_TO_ANSWER, BY_DEPARTMENT), col("days_to_answer")));
    out.put(LETTERS_OVERDUE_OPEN, count(LETTERS_OVERDUE_OPEN, overdueOpen(in), BY_DEPARTMENT));
    out.put(LETTER_SATISFACTION_RATE, Figures.ratio(LETTER_SATISFACTION_RATE,
        Scopes.fanOut(answered.filter(col("satisfaction").isNotNull()), LETTER_SATISFACTION_RATE, BY_DEPARTMENT),
        countIf(col("satisfaction").isin("SATISFIED", "BASICALLY_SATISFIED")), rows()));

    Dataset<Row> suggestions = in.model().table("fct_suggestion");
    out.put(SUGGESTIONS_SUBMITTED, count(SUGGESTIONS_SUBMITTED, in.within(suggestions, "submitted_on"), BY_LEAD));
    out.put(SUGGESTION_ON_TIME_RATE, Figures.ratio(SUGGESTION_ON_TIME_RATE,
        Scopes.fanOut(in.within(suggestions, "deadline_on"), SUGGESTION_ON_TIME_RATE, BY_LEAD),
        countIf(col("lead_first_replied_on").leq(col("deadline_on"))), rows()));
    Dataset<Row> leadFirstReplies = in.model().table("fct_suggestion_reply")
        .filter(col("is_lead").and(col("round").equalTo(1L)));
    out.put(SUGGESTION_SOLVED_OR_SOLVING_RATE, Figures.ratio(SUGGESTION_SOLVED_OR_SOLVING_RATE,
        Scopes.fanOut(in.within(leadFirstReplies, "replied_on"), SUGGESTION_SOLVED_OR_SOLVING_RATE, BY_DEPARTMENT),
        countIf(col("result_class").isin("A", "B")), rows()));
    return out;
  }

  private static Dataset<Row> count(Metric metric, Dataset<Row> rows, Map<ScopeType, String> codes) {
    return Figures.count(metric, Scopes.fanOut(rows, metric, codes), rows());
  }

  /** Letters sent on or before P.end, with D < P.end, and not answered on or before P.end. */
  private static Dataset<Row> overdueOpen(MetricInputs in) {
    return in.model().table("fct_letter").join(in.periods(),
        col("sent_on").leq(col(PeriodTable.END))
            .and(col("deadline_on").lt(col(PeriodTable.END)))
            .and(col("answered_on").isNull().or(col("answered_on").gt(col(PeriodTable.END)))));
  }
}
