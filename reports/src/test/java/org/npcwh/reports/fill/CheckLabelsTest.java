package org.npcwh.reports.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.npcwh.core.table.Tables;

class CheckLabelsTest {
  @Test
  void namesACheckByLabelAndIdStoredBareOrQualified() {
    assertThat(CheckLabels.describe("metric_values", "city_move_within_share"))
        .isEqualTo("全市指标环比变动过大\ncity_move_within_share");
    assertThat(CheckLabels.describe("metric_values", "metric_values.city_move_within_share"))
        .isEqualTo("全市指标环比变动过大\nmetric_values.city_move_within_share");
    assertThat(CheckLabels.describe("metric_values", "some_new_check")).isEqualTo("some_new_check");
  }

  @Test
  void everyWarnCheckOfTheHomesHasALabel() {
    List<String> warnChecks = Tables.all().stream().flatMap(t -> t.checks().stream()
        .filter(c -> "WARN".equals(c.header("severity"))).map(c -> t.name() + "." + c.header("check"))).toList();

    assertThat(warnChecks).hasSizeGreaterThanOrEqualTo(8);
    assertThat(CheckLabels.all().keySet()).containsExactlyInAnyOrderElementsOf(warnChecks);
  }
}
