package org.npcwh.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
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

    assertThat(outcomes).hasSize(13)
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

  /** Outcome per check of the three facts and dim_platform, in one run over good sources and figures. */
  private Map<String, Outcome> run(String issues, String assessments, String resources) throws Exception {
    return TestWarehouse.martCheckOutcomes(root, JAN, Map.of("dim_platform", PLATFORMS,
        "fct_oversight_issue", issues, "fct_assessment", assessments, "fct_station_resource", resources));
  }
}
