package org.npcwh.transform.conform;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Facts of the street work committees (街道人大工委), from the current state. Pure functions. */
public final class StreetFacts {
  private StreetFacts() {}

  /** fct_voter_meeting: each meeting with the district above its street (null when the street is unknown). */
  public static Dataset<Row> voterMeeting(Dataset<Row> meetings, Dataset<Row> dimRegion) {
    Dataset<Row> streets = Dimensions.districtOf(dimRegion, "street");
    return meetings
        .join(broadcast(streets), col("street_code").equalTo(col("street_region")), "left")
        .select(col("meeting_id"), col("street_code"), col("street_district").as("district_code"), col("held_on"),
            col("representatives_attending"), col("items_proposed"), col("items_voted"), col("items_selected"),
            col("updated_at"));
  }
}
