package org.npcwh.transform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.period.Period;
import org.npcwh.transform.conform.ConformedModel;
import org.npcwh.transform.current.CurrentState;
import org.npcwh.transform.testing.CityFixture;
import org.npcwh.transform.testing.MetricTable;
import org.npcwh.transform.testing.SharedSpark;

/** The metric grid: every metric × listed scope × period, even with no events at all; none left out. */
class MetricValuesTest {

  @Test
  void everyMetricScopeAndPeriodHasExactlyOneRowEvenWithoutAnyEvent() {
    MetricTable table = MetricTable.compute(SharedSpark.get(), CityFixture.create(), Period.year(2023));
    int perPeriod = Arrays.stream(Metric.values())
        .mapToInt(m -> m.scopes().stream().mapToInt(s -> s == ScopeType.CITY ? 1 : 3).sum())
        .sum();
    assertThat(table.rows()).hasSize(perPeriod);
    assertThat(table.rows()).allMatch(r -> r.getString(1).equals("YEAR"));
    assertThat(table.figure("2023", Metric.LETTERS_SENT, "DEP3")).isEqualTo(MetricTable.Figure.count(0));
    assertThat(table.figure("2023", Metric.LETTER_MEDIAN_DAYS_TO_ANSWER, "CITY"))
        .isEqualTo(MetricTable.Figure.median(null, 0));
  }

  @Test
  void aMetricWithoutImplementationFailsLoudly() {
    SparkSession spark = SharedSpark.get();
    ConformedModel model = ConformedModel.of(CurrentState.of(CityFixture.create().build(spark)));
    MetricInputs in = new MetricInputs(model, PeriodTable.of(spark, List.of(Period.year(2023))),
        Scopes.all(spark, model));
    assertThatThrownBy(() -> MetricValues.figuresOfAllFamilies(in, List.of(new CoverageMetrics())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no implementation")
        .hasMessageContaining("letters_sent");
  }
}
