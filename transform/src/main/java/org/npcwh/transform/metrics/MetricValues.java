package org.npcwh.transform.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
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
import org.npcwh.core.metric.Shape;
import org.npcwh.core.period.Period;
import org.npcwh.transform.Unions;
import org.npcwh.transform.conform.ConformedModel;

/**
 * The metric_values rows of the requested periods: every metric of the catalogue × every scope it
 * lists × every period, with the families' figures left-joined in. Where a scope has no figure the
 * count is 0, the ratio 0 ÷ 0 (value null), the median over 0 values (value null).
 */
public final class MetricValues {
  private MetricValues() {}

  /** The columns of metric_values, in the contract's order. */
  public static final List<String> COLUMNS = List.of(PeriodTable.PERIOD, PeriodTable.GRAIN, Figures.METRIC_ID,
      Scopes.SCOPE_TYPE, Scopes.SCOPE_CODE, Figures.VALUE, Figures.NUMERATOR, Figures.DENOMINATOR);

  private static final List<MetricFamily> FAMILIES = List.of(new CoverageMetrics(), new ResponsivenessMetrics(),
      new SatisfactionMetrics(), new LegislativeMetrics(), new LivelihoodMetrics(), new DutyMetrics(),
      new OversightMetrics(), new StreetWorkMetrics(), new SupportMetrics());

  public static Dataset<Row> compute(SparkSession spark, ConformedModel model, List<Period> periods) {
    Dataset<Row> periodTable = PeriodTable.of(spark, periods).cache();
    MetricInputs in = new MetricInputs(model, periodTable, Scopes.all(spark, model).cache());
    Dataset<Row> figures = union(spark, figuresOfAllFamilies(in, FAMILIES));
    return complete(grid(spark, in), figures);
  }

  /**
   * Every metric's figures from the family that declares it.
   *
   * @throws IllegalStateException if a metric of the catalogue has no implementation or one in the wrong family
   */
  static Map<Metric, Dataset<Row>> figuresOfAllFamilies(MetricInputs in, List<MetricFamily> families) {
    Map<Metric, Dataset<Row>> all = new EnumMap<>(Metric.class);
    for (MetricFamily family : families) {
      family.figures(in).forEach((metric, figures) -> {
        if (metric.family() != family.family()) {
          throw new IllegalStateException(metric.id() + " belongs to " + metric.family() + " but is computed by "
              + family.getClass().getSimpleName());
        }
        all.put(metric, figures);
      });
    }
    List<String> missing = Arrays.stream(Metric.values())
        .filter(metric -> !all.containsKey(metric)).map(Metric::id).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("no implementation for metric(s) " + missing
          + ": every metric of the catalogue must be computed by its family");
    }
    return all;
  }

  /**
   * One Dataset of every metric's figures, in one partition per core: a union's partitions are all of
   * its branches' (about a hundred for one month), and each would be a task deserialising the plan of
   * the whole union (3 of the 8 s of one month's metric plan on tiny data).
   */
  private static Dataset<Row> union(SparkSession spark, Map<Metric, Dataset<Row>> figures) {
    return Unions.byPosition(List.copyOf(figures.values()))
        .coalesce(spark.sparkContext().defaultParallelism());
  }

  /** metric × scope × period, with the metric's shape. */
  private static Dataset<Row> grid(SparkSession spark, MetricInputs in) {
    StructType schema = new StructType()
        .add(Figures.METRIC_ID, DataTypes.StringType, false)
        .add("shape", DataTypes.StringType, false)
        .add(Scopes.SCOPE_TYPE, DataTypes.StringType, false);
    List<Row> rows = new ArrayList<>();
    for (Metric metric : Metric.values()) {
      for (ScopeType scope : metric.scopes()) {
        rows.add(RowFactory.create(metric.id(), metric.shape().name(), scope.name()));
      }
    }
    return spark.createDataFrame(rows, schema)
        .join(in.scopes(), Scopes.SCOPE_TYPE)
        .crossJoin(in.periods().select(PeriodTable.PERIOD, PeriodTable.GRAIN));
  }

  private static Dataset<Row> complete(Dataset<Row> grid, Dataset<Row> figures) {
    String[] keys = {PeriodTable.PERIOD, Figures.METRIC_ID, Scopes.SCOPE_TYPE, Scopes.SCOPE_CODE};
    Dataset<Row> joined = grid.join(figures, keys, "left");
    Column shape = col("shape");
    Column numerator = when(shape.equalTo(Shape.MEDIAN.name()), lit(null).cast("double"))
        .otherwise(coalesce(col(Figures.NUMERATOR), lit(0.0)));
    Column denominator = when(shape.equalTo(Shape.COUNT.name()), lit(null).cast("double"))
        .otherwise(coalesce(col(Figures.DENOMINATOR), lit(0.0)));
    Column value = when(shape.equalTo(Shape.COUNT.name()), numerator)
        .when(denominator.equalTo(0.0), lit(null).cast("double"))
        .when(shape.equalTo(Shape.RATIO.name()), numerator.divide(denominator))
        .otherwise(col(Figures.VALUE));
    return joined.select(col(PeriodTable.PERIOD), col(PeriodTable.GRAIN), col(Figures.METRIC_ID),
        col(Scopes.SCOPE_TYPE), col(Scopes.SCOPE_CODE), value.cast("double").as(Figures.VALUE),
        numerator.as(Figures.NUMERATOR), denominator.as(Figures.DENOMINATOR));
  }
}
