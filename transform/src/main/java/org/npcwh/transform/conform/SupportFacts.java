package org.npcwh.transform.conform;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Facts of the stations' support (联络站保障) and of the follow-up of replies' commitments (承诺台账 +
 * "回头看"), from the current state. Pure functions.
 */
public final class SupportFacts {
  private SupportFacts() {}

  /** fct_station_resource: one row per (station, year) of the newest full batch, with the station's district. */
  public static Dataset<Row> stationResource(Dataset<Row> resources, Dataset<Row> dimPlatform) {
    return Facts.withPlatformDistrict(resources, dimPlatform)
        .select("platform_id", "year", "district_code", "fulltime_liaisons", "parttime_liaisons",
            "volunteer_monitors", "funding_wan");
  }

  /**
   * fct_commitment_check: each check with the suggestion, department and commitment_due_on of the reply it
   * checks, so that the commitment figures and the analysts need no second join.
   */
  public static Dataset<Row> commitmentCheck(Dataset<Row> checks, Dataset<Row> fctReply) {
    Dataset<Row> replies = fctReply.select(col("reply_id").as("_r_id"), col("suggestion_id"), col("department_code"),
        col("commitment_due_on"));
    return checks
        .join(replies, checks.col("reply_id").equalTo(replies.col("_r_id")), "left")
        .select("check_id", "reply_id", "suggestion_id", "department_code", "commitment_due_on", "checked_on",
            "status");
  }
}
