package org.npcwh.transform.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.transform.current.CurrentState;
import org.npcwh.transform.testing.DutyFixture;
import org.npcwh.transform.testing.SharedSpark;

/** Each duty record's points under the yearly cap, in record order, on the {@link DutyFixture}. */
class DutyRecordPointsTest {
  private static Map<String, Row> records;

  @BeforeAll
  static void build() {
    ConformedModel model = ConformedModel.of(CurrentState.of(DutyFixture.create().build(SharedSpark.get())));
    records = model.table("fct_duty_record").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("record_id"), r -> r));
  }

  @Test
  void theCapRunsPerCalendarYearInOrderOfDateThenRecordId() {
    // RECEPTION 2 points, cap 5: 2022 = 2 + 2 + 1; 2023 starts again; DR08 now sits at 01-10, before DR05.
    assertThat(points("DR01", "DR02", "DR03")).containsExactly(2.0, 2.0, 1.0);
    assertThat(points("DR04", "DR08", "DR05", "DR06", "DR07")).containsExactly(2.0, 2.0, 1.0, 0.0, 0.0);
    // TRAINING 1.5, cap 2: DR09 and DR10 share a day; DR09 comes first by record_id although delivered later.
    assertThat(points("DR09", "DR10", "DR11")).containsExactly(1.5, 0.5, 0.0);
    // SURVEY has no cap; a record without a date earns nothing and takes nothing from the cap.
    assertThat(points("DR12", "DR31", "DR13")).containsExactly(3.0, 3.0, 0.0);
  }

  @Test
  void aRecordCarriesItsRuleItsYearAndItsDeputysDistrict() {
    Row dr08 = records.get("DR08");
    assertThat(dr08.<LocalDate>getAs("occurred_on")).hasToString("2023-01-10");
    assertThat(dr08.<Long>getAs("occurred_year")).isEqualTo(2023L);
    assertThat(dr08.<BigDecimal>getAs("annual_cap")).isEqualByComparingTo("5");
    assertThat(dr08.<String>getAs("district_code")).isEqualTo("D1");
    assertThat(records.get("DR31").<String>getAs("district_code")).isEqualTo("D2");
    assertThat(records.get("DR12").<BigDecimal>getAs("annual_cap")).isNull();
  }

  @Test
  void aRecordWhoseTypeHasNoRuleIsHeldAndNotAFact() {
    assertThat(records).doesNotContainKey("DR41").containsKey("DR42");
  }

  private static List<Double> points(String... ids) {
    return Arrays.stream(ids).map(id -> records.get(id).<BigDecimal>getAs("points").doubleValue()).toList();
  }
}
