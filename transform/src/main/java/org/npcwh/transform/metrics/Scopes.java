package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.transform.conform.ConformedModel;

/** The scopes a figure is published for, and the fan-out of fact rows to the scopes they count in. */
public final class Scopes {
  private Scopes() {}

  public static final String SCOPE_TYPE = "scope_type";
  public static final String SCOPE_CODE = "scope_code";
  private static final String SCOPE = "_scope";

  /** CITY; every region of level DISTRICT; every department. */
  public static Dataset<Row> all(SparkSession spark, ConformedModel model) {
    StructType schema = new StructType()
        .add(SCOPE_TYPE, DataTypes.StringType, false)
        .add(SCOPE_CODE, DataTypes.StringType, false);
    Dataset<Row> city = spark.createDataFrame(
        List.of(RowFactory.create(ScopeType.CITY.name(), ScopeType.CITY_CODE)), schema);
    Dataset<Row> districts = model.table("dim_region")
        .filter(col("level").equalTo("DISTRICT"))
        .select(lit(ScopeType.DISTRICT.name()).as(SCOPE_TYPE), col("region_code").as(SCOPE_CODE));
    Dataset<Row> departments = model.table("dim_department")
        .select(lit(ScopeType.DEPARTMENT.name()).as(SCOPE_TYPE), col("department_code").as(SCOPE_CODE));
    return city.union(districts).union(departments).filter(col(SCOPE_CODE).isNotNull()).distinct();
  }

  /**
   * Each row once per scope of the metric it counts in: CITY always, DISTRICT/DEPARTMENT by the named
   * column (rows with a null code there count for the city only).
   *
   * @throws IllegalStateException if the metric lists a scope type the caller gave no column for
   */
  static Dataset<Row> fanOut(Dataset<Row> rows, Metric metric, Map<ScopeType, String> codeColumns) {
    Column[] scopes = metric.scopes().stream()
        .map(type -> struct(lit(type.name()).as(SCOPE_TYPE), codeOf(type, metric, codeColumns).as(SCOPE_CODE)))
        .toArray(Column[]::new);
    return rows
        .withColumn(SCOPE, explode(array(scopes)))
        .withColumn(SCOPE_TYPE, col(SCOPE + "." + SCOPE_TYPE))
        .withColumn(SCOPE_CODE, col(SCOPE + "." + SCOPE_CODE))
        .drop(SCOPE)
        .filter(col(SCOPE_CODE).isNotNull());
  }

  private static Column codeOf(ScopeType type, Metric metric, Map<ScopeType, String> codeColumns) {
    if (type == ScopeType.CITY) {
      return lit(ScopeType.CITY_CODE);
    }
    String column = codeColumns.get(type);
    if (column == null) {
      throw new IllegalStateException(metric.id() + " is published for " + type + " scopes but its rows carry no "
          + type.name().toLowerCase(Locale.ROOT) + " code");
    }
    return col(column);
  }
}
