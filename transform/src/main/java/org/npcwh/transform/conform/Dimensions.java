package org.npcwh.transform.conform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Conformed dimensions from the current state of the reference datasets. Pure functions. */
public final class Dimensions {
  private Dimensions() {}

  static final String DISTRICT = "DISTRICT";

  /** dim_region: each region with the DISTRICT above it (or itself), found through up to two parents. */
  public static Dataset<Row> region(Dataset<Row> regions) {
    Dataset<Row> r = regions.alias("r");
    Dataset<Row> p = regions.alias("p");
    Dataset<Row> g = regions.alias("g");
    Column district = coalesce(
        districtIf("r"), districtIf("p"), districtIf("g"));
    Dataset<Row> withDistrict = r
        .join(p, col("r.parent_code").equalTo(col("p.region_code")), "left")
        .join(g, col("p.parent_code").equalTo(col("g.region_code")), "left")
        .select(col("r.region_code"), col("r.name"), col("r.level"), col("r.parent_code"),
            district.as("district_code"));
    Dataset<Row> names = regions.select(col("region_code").as("d_code"), col("name").as("district_name"));
    return withDistrict
        .join(names, withDistrict.col("district_code").equalTo(names.col("d_code")), "left")
        .select("region_code", "name", "level", "parent_code", "district_code", "district_name");
  }

  private static Column districtIf(String alias) {
    return when(col(alias + ".level").equalTo(lit(DISTRICT)), col(alias + ".region_code"));
  }

  /** dim_platform: the district is the one above the street (or, without a street, above the community). */
  public static Dataset<Row> platform(Dataset<Row> platforms, Dataset<Row> dimRegion) {
    Dataset<Row> street = districtOf(dimRegion, "street");
    Dataset<Row> community = districtOf(dimRegion, "community");
    return platforms
        .join(street, col("street_code").equalTo(col("street_region")), "left")
        .join(community, col("community_code").equalTo(col("community_region")), "left")
        .select(col("platform_id"), col("platform_type"), col("name"), col("street_code"), col("community_code"),
            coalesce(col("street_district"), col("community_district")).as("district_code"),
            col("category"), col("is_legislative_point"), col("legislative_since"), col("online_since"),
            col("opened_on"), col("closed_on"));
  }

  /** dim_department, as delivered. */
  public static Dataset<Row> department(Dataset<Row> departments) {
    return departments.select("department_code", "name", "level", "district_code");
  }

  /** dim_deputy: district_code normalised to the DISTRICT (a deputy recorded at a street keeps its district). */
  public static Dataset<Row> deputy(Dataset<Row> deputies, Dataset<Row> dimRegion) {
    Dataset<Row> region = districtOf(dimRegion, "deputy");
    return deputies
        .join(region, col("district_code").equalTo(col("deputy_region")), "left")
        .select(col("deputy_id"), col("name"), col("level"),
            coalesce(col("deputy_district"), col("district_code")).as("district_code"),
            col("platform_id"), col("professional_group"), col("term_start"), col("term_end"));
  }

  /** dim_draft, from the current drafts. */
  public static Dataset<Row> draft(Dataset<Row> drafts) {
    return drafts.select("draft_id", "title", "kind", "stage", "solicitation_opens_on", "solicitation_closes_on");
  }

  /** region_code → district_code, with column names prefixed so that several lookups can be joined. */
  static Dataset<Row> districtOf(Dataset<Row> dimRegion, String prefix) {
    return dimRegion.select(col("region_code").as(prefix + "_region"), col("district_code").as(prefix + "_district"));
  }
}
