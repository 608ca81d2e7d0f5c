package org.npcwh.transform.conform;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.transform.current.CurrentState;

/** Facts of the suggestion system, from the current state. Pure functions. */
public final class SuggestionFacts {
  private SuggestionFacts() {}

  /** fct_suggestion_reply: is_lead when the replying department is the suggestion's lead department. */
  public static Dataset<Row> reply(Dataset<Row> replies, Dataset<Row> suggestions) {
    Dataset<Row> leads = suggestions.select(col("suggestion_id").as("_s_id"), col("lead_department_code"));
    return replies
        .join(leads, replies.col("suggestion_id").equalTo(leads.col("_s_id")), "left")
        .select(col("reply_id"), col("suggestion_id"), col("department_code"),
            coalesce(col("department_code").equalTo(col("lead_department_code")), lit(false)).as("is_lead"),
            col("round"), col("replied_on"), col("result_class"), col("commitment_due_on"));
  }

  /**
   * fct_suggestion: deadline_on = assigned_on + 3 months (6 when extended), and the lead department's
   * first round-1 reply (earliest replied_on; tie → smallest reply_id).
   */
  public static Dataset<Row> suggestion(Dataset<Row> suggestions, Dataset<Row> fctReply) {
    Dataset<Row> firstLeadReply = first(fctReply.filter(col("is_lead").and(col("round").equalTo(1))))
        .select(col("suggestion_id").as("_s_id"), col("reply_id").as("lead_first_reply_id"),
            col("replied_on").as("lead_first_replied_on"), col("result_class").as("lead_first_result_class"));
    return suggestions
        .join(firstLeadReply, suggestions.col("suggestion_id").equalTo(firstLeadReply.col("_s_id")), "left")
        .select(col("suggestion_id"), col("session"), col("lead_deputy_id"), col("title"), col("category"),
            col("submitted_on"), col("assigned_on"), col("lead_department_code"),
            array_join(col("co_department_codes"), ";").as("co_department_codes"), col("is_key"), col("extended"),
            add_months(col("assigned_on"), when(col("extended"), lit(6)).otherwise(lit(3))).as("deadline_on"),
            col("lead_first_reply_id"), col("lead_first_replied_on"), col("lead_first_result_class"));
  }

  private static Dataset<Row> first(Dataset<Row> replies) {
    return CurrentState.firstPer(replies, List.of(col("suggestion_id")), col("replied_on").asc_nulls_last(),
        col("reply_id").asc());
  }

  /**
   * fct_evaluation: the department is that of the evaluated reply; an evaluation is effective unless
   * another evaluation reviews it (reviews_evaluation_id = its id).
   */
  public static Dataset<Row> evaluation(Dataset<Row> evaluations, Dataset<Row> fctReply) {
    Dataset<Row> replyDepartment = fctReply.select(col("reply_id").as("_r_id"), col("department_code"));
    Dataset<Row> reviewed = evaluations
        .filter(col("reviews_evaluation_id").isNotNull()
            .and(col("reviews_evaluation_id").notEqual(col("evaluation_id"))))
        .select(col("reviews_evaluation_id").as("_reviewed_id"))
        .distinct();
    return evaluations
        .join(replyDepartment, evaluations.col("reply_id").equalTo(replyDepartment.col("_r_id")), "left")
        .join(reviewed, evaluations.col("evaluation_id").equalTo(reviewed.col("_reviewed_id")), "left")
        .select(col("evaluation_id"), col("suggestion_id"), col("reply_id"), col("department_code"),
            col("evaluated_on"), col("stage"), col("rating"), col("score"), col("reviews_evaluation_id"),
            col("_reviewed_id").isNull().as("is_effective"));
  }
}
