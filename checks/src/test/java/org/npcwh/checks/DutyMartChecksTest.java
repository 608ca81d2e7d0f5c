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
 * The checks of the duty and street-work marts: points computed by transform above the rule or the
 * yearly cap fail; source values out of order (voter meeting items, a meeting not at a street, a
 * suggestion on an output of another type) warn. Each mart holds only the columns its checks read.
 */
class DutyMartChecksTest {
  private static final Period JAN = Period.parse("2023-01");

  @TempDir Path root;

  @Test
  void pointsWithinTheRuleAndTheCapAndSourceValuesInOrderPass() throws Exception {
    // DP1 RECEPTION 2023: 2 + 2 + 1 = 5, the cap; a record without a date earns 0.
    Map<String, Outcome> outcomes = run(
        "SELECT * FROM (VALUES ('R1', 'DP1', 'RECEPTION', DATE '2023-01-05', 2023, 2.0, 5.0, 2.0),"
            + " ('R2', 'DP1', 'RECEPTION', DATE '2023-01-06', 2023, 2.0, 5.0, 2.0),"
            + " ('R3', 'DP1', 'RECEPTION', DATE '2023-01-07', 2023, 2.0, 5.0, 1.0),"
            + " ('R4', 'DP1', 'RECEPTION', NULL, NULL, 2.0, 5.0, 0.0),"
            + " ('R5', 'DP1', 'SURVEY', DATE '2023-01-07', 2023, 3.0, NULL, 3.0))"
            + " AS t(record_id, deputy_id, duty_type, occurred_on, occurred_year, rule_points, annual_cap, points)",
        "SELECT * FROM (VALUES ('M1', 'S1', 5, 4, 4), ('M2', 'S1', NULL, 2, 1))"
            + " AS t(meeting_id, street_code, items_proposed, items_voted, items_selected)",
        "SELECT * FROM (VALUES ('O1', 'SUPERVISED_SUGGESTION', 'SG1'), ('O2', 'RESEARCH_REPORT', NULL))"
            + " AS t(output_id, output_type, suggestion_id)");

    assertThat(outcomes).allSatisfy((check, outcome) -> assertThat(outcome).as(check).isEqualTo(Outcome.PASS));
  }

  @Test
  void pointsAboveTheRuleOrTheCapFailAndSourceValuesOutOfOrderWarn() throws Exception {
    // R1 + R2 = 6 above a cap of 5; R3 earns more than its rule.
    Map<String, Outcome> outcomes = run(
        "SELECT * FROM (VALUES ('R1', 'DP1', 'RECEPTION', DATE '2023-01-05', 2023, 3.0, 5.0, 3.0),"
            + " ('R2', 'DP1', 'RECEPTION', DATE '2023-01-06', 2023, 3.0, 5.0, 3.0),"
            + " ('R3', 'DP2', 'SURVEY', DATE '2023-01-06', 2023, 3.0, NULL, 4.0))"
            + " AS t(record_id, deputy_id, duty_type, occurred_on, occurred_year, rule_points, annual_cap, points)",
        "SELECT * FROM (VALUES ('M1', 'S1', 3, 4, 4), ('M2', 'D1', 2, 2, 1))"
            + " AS t(meeting_id, street_code, items_proposed, items_voted, items_selected)",
        "SELECT * FROM (VALUES ('O1', 'RESEARCH_REPORT', 'SG1')) AS t(output_id, output_type, suggestion_id)");

    assertThat(outcomes).containsAllEntriesOf(Map.of(
        "fct_duty_record.points_within_rule", Outcome.FAIL,
        "fct_duty_record.points_within_annual_cap", Outcome.FAIL,
        "fct_voter_meeting.items_in_order", Outcome.WARN,
        "fct_voter_meeting.held_at_a_street", Outcome.WARN,
        "fct_group_output.suggestion_only_when_supervised", Outcome.WARN,
        "fct_duty_record.key_unique", Outcome.PASS));
  }

  /** Outcome per check of the three marts, in one run over good sources (street S1, district D1) and figures plus the given marts. */
  private Map<String, Outcome> run(String records, String meetings, String outputs) throws Exception {
    try (TestWarehouse wh = new TestWarehouse(root).withGoodSources()) {
      wh.candidate(JAN, TestWarehouse.goodFigures(JAN));
      wh.copy(records, wh.layout.candidateMart("fct_duty_record").resolve("part-00000.parquet"));
      wh.copy(meetings, wh.layout.candidateMart("fct_voter_meeting").resolve("part-00000.parquet"));
      wh.copy(outputs, wh.layout.candidateMart("fct_group_output").resolve("part-00000.parquet"));
      CheckReport report = new CheckRunner(wh.layout, CheckSettings.defaults(), line -> { }).run(List.of(JAN));
      return report.results().stream()
          .filter(r -> r.tableName().matches("fct_(duty_record|voter_meeting|group_output)"))
          .collect(Collectors.toMap(CheckResult::qualifiedId, CheckResult::outcome, (a, b) -> a));
    }
  }
}
