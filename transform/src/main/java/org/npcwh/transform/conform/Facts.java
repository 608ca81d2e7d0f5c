package org.npcwh.transform.conform;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.to_date;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Facts of the liaison platform, the legislation system and the livelihood projects,
 * from the current state. Pure functions. The district of an event is the district of its platform.
 */
public final class Facts {
  private Facts() {}

  public static Dataset<Row> message(Dataset<Row> messages, Dataset<Row> dimPlatform) {
    return withPlatformDistrict(messages, dimPlatform)
        .select(col("message_id"), col("platform_id"), col("district_code"), col("submitted_at"),
            to_date(col("submitted_at")).as("submitted_on"), col("category"), col("deputy_id"),
            col("responded_at"), col("letter_id"), col("status"), col("citizen_name_hash"));
  }

  /** fct_letter: deadline_on = sent_on + 1 month; Spark's add_months clamps to the month end as plusMonths does. */
  public static Dataset<Row> letter(Dataset<Row> letters) {
    Column sentOn = to_date(col("sent_at"));
    Column answeredOn = to_date(col("answered_at"));
    return letters.select(col("letter_id"), col("deputy_id"), col("department_code"), col("message_id"),
        col("sent_at"), sentOn.as("sent_on"), add_months(sentOn, 1).as("deadline_on"),
        col("answered_at"), answeredOn.as("answered_on"),
        datediff(answeredOn, sentOn).cast("long").as("days_to_answer"), col("satisfaction"));
  }

  public static Dataset<Row> activity(Dataset<Row> activities, Dataset<Row> dimPlatform) {
    return withPlatformDistrict(activities, dimPlatform)
        .select(col("activity_id"), col("platform_id"), col("district_code"), col("activity_type"),
            col("held_on"), size(distinctDeputies()).cast("long").as("deputy_count"),
            col("residents_received"), col("issues_collected"));
  }

  /** One row per (activity, deputy named in it): not a published mart, it feeds deputy_engagement_rate. */
  public static Dataset<Row> activityDeputy(Dataset<Row> activities) {
    return activities
        .select(col("activity_id"), col("held_on"), explode(distinctDeputies()).as("deputy_id"))
        .filter(col("deputy_id").isNotNull());
  }

  private static Column distinctDeputies() {
    return array_distinct(coalesce(col("deputy_ids"), array().cast("array<string>")));
  }

  public static Dataset<Row> duty(Dataset<Row> roster, Dataset<Row> dimPlatform) {
    return withPlatformDistrict(roster, dimPlatform)
        .select("deputy_id", "duty_date", "platform_id", "district_code");
  }

  public static Dataset<Row> opinion(Dataset<Row> opinions, Dataset<Row> dimPlatform) {
    return withPlatformDistrict(opinions, dimPlatform)
        .select("opinion_id", "draft_id", "platform_id", "district_code", "submitted_on", "article", "adoption",
            "decided_on");
  }

  /** Livelihood projects without lineage; applied to the latest versions and to versions as of a date alike. */
  public static Dataset<Row> livelihoodProject(Dataset<Row> projects) {
    return projects.select("project_id", "level", "district_code", "year", "title", "votes_for", "votes_cast",
        "selected", "department_code", "budget_wan", "progress_pct", "satisfaction_score", "updated_at");
  }

  /** Adds district_code, the district of the row's platform_id (null when the platform is unknown). */
  static Dataset<Row> withPlatformDistrict(Dataset<Row> rows, Dataset<Row> dimPlatform) {
    Dataset<Row> platforms = dimPlatform.select(col("platform_id").as("_p_id"), col("district_code"));
    // Broadcast by hand: the planner estimates dim_platform's plan (joins over regions) as too large to
    // broadcast, and shuffled the whole duty roster (4.9 M rows at scale 10) to sort-merge join it instead.
    return rows.join(broadcast(platforms), rows.col("platform_id").equalTo(platforms.col("_p_id")), "left")
        .drop("_p_id");
  }
}
