package org.npcwh.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.period.Period;

/**
 * The checks of the marts read the candidate's files through views typed by the tables' homes: the
 * key checks derived from {@code key=} fail, the table-specific checks on source values warn. Each
 * mart is written by hand with only the columns its checks read (the others read as NULL).
 */
class MartChecksTest {
  private static final Period JAN = Period.parse("2023-01");

  @TempDir Path root;

  @Test
  void goodMartsPassTheirKeyAndTableChecks() throws Exception {
    Map<String, Outcome> outcomes = run(
        "SELECT * FROM (VALUES ('L1', DATE '2023-01-02', DATE '2023-01-05', 3), ('L2', DATE '2023-01-02', NULL, NULL))"
            + " AS t(letter_id, sent_on, answered_on, days_to_answer)",
        "SELECT * FROM (VALUES ('DP1', DATE '2023-01-02'), ('DP1', DATE '2023-01-03'), ('DP2', DATE '2023-01-02'))"
            + " AS t(deputy_id, duty_date)",
        "SELECT * FROM (VALUES ('E1', 0), ('E2', 100), ('E3', NULL)) AS t(evaluation_id, score)",
        "SELECT * FROM (VALUES ('P1', 10, 10), ('P2', 3, NULL)) AS t(project_id, votes_for, votes_cast)");

    assertThat(outcomes).allSatisfy((check, outcome) -> assertThat(outcome).as(check).isEqualTo(Outcome.PASS));
  }

  @Test
  void aRepeatedOrNullKeyFailsAndBadSourceValuesWarn() throws Exception {
    Map<String, Outcome> outcomes = run(
        "SELECT * FROM (VALUES ('L1', DATE '2023-01-05', DATE '2023-01-02', -3), (NULL, DATE '2023-01-02', NULL, NULL))"
            + " AS t(letter_id, sent_on, answered_on, days_to_answer)",
        "SELECT * FROM (VALUES ('DP1', DATE '2023-01-02'), ('DP1', DATE '2023-01-02'), ('DP1', DATE '2023-01-03'))"
            + " AS t(deputy_id, duty_date)",
        "SELECT * FROM (VALUES ('E1', 101), ('E2', -1)) AS t(evaluation_id, score)",
        "SELECT * FROM (VALUES ('P1', 11, 10)) AS t(project_id, votes_for, votes_cast)");

    assertThat(outcomes.entrySet()).extracting(e -> e.getKey() + " " + e.getValue()).containsExactlyInAnyOrder(
        "fct_letter.key_not_null FAIL", "fct_letter.key_unique PASS", "fct_letter.answered_not_before_sent WARN",
        "fct_duty.key_not_null PASS", "fct_duty.key_unique FAIL",
        "fct_evaluation.key_not_null PASS", "fct_evaluation.key_unique PASS", "fct_evaluation.score_within_0_100 WARN",
        "fct_livelihood_project.key_not_null PASS", "fct_livelihood_project.key_unique PASS",
        "fct_livelihood_project.votes_for_within_votes_cast WARN");
  }

  @Test
  void aFindingNamesTheTableTheKeyAndAnExample() throws Exception {
    try (TestWarehouse wh = new TestWarehouse(root).withGoodSources()) {
      wh.candidate(JAN, TestWarehouse.goodFigures(JAN));
      wh.copy("SELECT * FROM (VALUES ('DP1', DATE '2023-01-02'), ('DP1', DATE '2023-01-02')) AS t(deputy_id, duty_date)",
          wh.layout.candidateMart("fct_duty").resolve("part-00000.parquet"));
      CheckReport report = new CheckRunner(wh.layout, CheckSettings.defaults(), line -> { }).run(List.of(JAN));

      assertThat(report.results()).filteredOn(r -> r.qualifiedId().equals("fct_duty.key_unique"))
          .extracting(CheckResult::observed, CheckResult::detail)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1.0,
              "fct_duty: 1 key(s) appear more than once, e.g. DP1 | 2023-01-02"));
    }
  }

  /** Outcome per check of the four marts, in one run over good sources and figures plus the given marts. */
  private Map<String, Outcome> run(String letters, String duties, String evaluations, String projects)
      throws Exception {
    return TestWarehouse.martCheckOutcomes(root, JAN, Map.of("fct_letter", letters, "fct_duty", duties,
        "fct_evaluation", evaluations, "fct_livelihood_project", projects));
  }
}
