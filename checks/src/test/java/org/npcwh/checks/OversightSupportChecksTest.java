package org.npcwh.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.period.Period;

/**
 * The checks of the oversight and station support facts warn on bad source values (negative votes or
 * funding, an assessment without votes, an issue resolved before it was raised, resources of a platform
 * that is no station) and pass on good ones. Each mart holds only the columns its checks read.
 */
class OversightSupportChecksTest {
  private static final Period JAN = Period.parse("2023-01");
  private static final String PLATFORMS =
      "SELECT * FROM (VALUES ('ST1', 'STATION'), ('H1', 'HOME')) AS t(platform_id, platform_type)";

  @TempDir Path root;

  @Test
  void goodFactsPassTheirChecks() throws Exception {
    Map<String, Outcome> outcomes = run(
        "SELECT * FROM (VALUES ('I1', DATE '2023-01-02', DATE '2023-01-02', 0), ('I2', DATE '2023-01-02', NULL, NULL))"
            + " AS t(issue_id, raised_on, resolved_on, days_to_resolve)",
        "SELECT * FROM (VALUES ('A1', 1, 0, 0, 1)) AS t(assessment_id, votes_satisfied, votes_basically_satisfied,"
            + " votes_unsatisfied, votes_total)",
        "SELECT * FROM (VALUES ('ST1', 2023, 0, 0, 0, 0.0)) AS t(platform_id, year, fulltime_liaisons,"
            + " parttime_liaisons, volunteer_monitors, funding_wan)");

    assertThat(outcomes).hasSize(11)
        .allSatisfy((check, outcome) -> assertThat(outcome).as(check).isEqualTo(Outcome.PASS));
  }

  @Test
  void badSourceValuesWarn() throws Exception {
    Map<String, Outcome> outcomes = run(
        "SELECT * FROM (VALUES ('I1', DATE '2023-01-05', DATE '2023-01-02', -3)) AS t(issue_id, raised_on,"
            + " resolved_on, days_to_resolve)",
        "SELECT * FROM (VALUES ('A1', 0, 0, 0, 0), ('A2', -1, 2, 0, 1)) AS t(assessment_id, votes_satisfied,"
            + " votes_basically_satisfied, votes_unsatisfied, votes_total)",
        "SELECT * FROM (VALUES ('ST1', 2023, 1, 0, 0, -0.5), ('H1', 2023, 1, 0, 0, 1.0)) AS t(platform_id, year,"
            + " fulltime_liaisons, parttime_liaisons, volunteer_monitors, funding_wan)");

    assertThat(outcomes).containsEntry("fct_oversight_issue.resolved_not_before_raised", Outcome.WARN)
        .containsEntry("fct_assessment.votes_not_negative", Outcome.WARN)
        .containsEntry("fct_assessment.assessment_has_votes", Outcome.WARN)
        .containsEntry("fct_station_resource.staff_and_funding_not_negative", Outcome.WARN)
        .containsEntry("fct_station_resource.resources_of_a_station", Outcome.WARN)
        .containsEntry("fct_station_resource.key_unique", Outcome.PASS);
  }

  /** Outcome per check of the three facts, in one run over good sources and figures plus the given marts. */
  private Map<String, Outcome> run(String issues, String assessments, String resources) throws Exception {
    try (TestWarehouse wh = new TestWarehouse(root).withGoodSources()) {
      wh.candidate(JAN, TestWarehouse.goodFigures(JAN));
      wh.copy(PLATFORMS, wh.layout.candidateMart("dim_platform").resolve("part-00000.parquet"));
      wh.copy(issues, wh.layout.candidateMart("fct_oversight_issue").resolve("part-00000.parquet"));
      wh.copy(assessments, wh.layout.candidateMart("fct_assessment").resolve("part-00000.parquet"));
      wh.copy(resources, wh.layout.candidateMart("fct_station_resource").resolve("part-00000.parquet"));
      CheckReport report = new CheckRunner(wh.layout, CheckSettings.defaults(), line -> { }).run(List.of(JAN));
      return report.results().stream()
          .filter(r -> r.tableName().matches("fct_(oversight_issue|assessment|station_resource)"))
          .collect(Collectors.toMap(CheckResult::qualifiedId, CheckResult::outcome, (a, b) -> a));
    }
  }
}
