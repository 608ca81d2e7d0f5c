package org.npcwh.transform.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.npcwh.core.metric.Metric;

/** The metric_catalog table: one row per metric, read from the {@link Metric} enum. */
public final class MetricCatalog {
  private MetricCatalog() {}

  static final StructType SCHEMA = new StructType()
      .add("metric_id", DataTypes.StringType, false)
      .add("name_zh", DataTypes.StringType, false)
      .add("name_en", DataTypes.StringType, false)
      .add("family", DataTypes.StringType, false)
      .add("family_zh", DataTypes.StringType, false)
      .add("unit", DataTypes.StringType, false)
      .add("shape", DataTypes.StringType, false)
      .add("scopes", DataTypes.StringType, false)
      .add("definition", DataTypes.StringType, false);

  public static Dataset<Row> of(SparkSession spark) {
    List<Row> rows = Arrays.stream(Metric.values())
        .map(m -> RowFactory.create(m.id(), m.nameZh(), m.nameEn(), m.family().name(), m.family().nameZh(),
            m.unit().name(), m.shape().name(),
            m.scopes().stream().map(Enum::name).collect(Collectors.joining(",")), m.definition()))
        .toList();
    return spark.createDataFrame(rows, SCHEMA);
  }
}
