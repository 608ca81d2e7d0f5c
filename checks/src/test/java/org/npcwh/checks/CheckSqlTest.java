package org.npcwh.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.period.Period;
import org.npcwh.core.table.NamedSql;
import org.npcwh.core.table.SqlSections;

class CheckSqlTest {

  @Test
  void namedParametersBecomePositionalOutsideQuotesCommentsAndCasts() {
    NamedSql sql = NamedSql.parse("SELECT :a::DOUBLE, ':not', \"x:y\", :b_2 -- :c\nWHERE p = :a AND t = '23:59:59'");

    assertThat(sql.sql()).isEqualTo("SELECT ?::DOUBLE, ':not', \"x:y\", ? -- :c\nWHERE p = ? AND t = '23:59:59'");
    assertThat(sql.names()).containsExactly("a", "b_2", "a");
  }

  @Test
  void sectionsCarryTheirHeadersAndSqlWithoutTrailingCommentsOrSemicolon() {
    List<SqlSections.Section> sections = SqlSections.parse("""
        -- about the file
        -- check: first
        -- severity: FAIL
        SELECT 1;
        -- a note about the next one
        -- check: second
        -- severity: WARN
        -- note inside the SQL: kept
        SELECT 2
        """, "check", "test");

    assertThat(sections).extracting(SqlSections.Section::headers).containsExactly(
        Map.of("check", "first", "severity", "FAIL"), Map.of("check", "second", "severity", "WARN"));
    assertThat(sections).extracting(SqlSections.Section::sql)
        .containsExactly("SELECT 1", "-- note inside the SQL: kept\nSELECT 2");
  }

  @Test
  void aCheckWithoutItsHeadersIsRefused() {
    SqlSections.Section section = SqlSections.parse("-- check: x\n-- severity: FAIL\nSELECT 1", "check", "t").get(0);

    assertThatThrownBy(() -> CheckDefinition.of("t", section)).hasMessageContaining("t.x has no '-- description:'");
  }

  @Test
  void everyGuardedTableDeclaresChecksWithUniqueIdsAndKnownParameters() {
    Set<String> known =
        new HashSet<>(CheckParameters.forPeriod(CheckSettings.defaults(), Period.parse("2023-01")).keySet());

    assertThat(CheckCatalog.groups()).startsWith("ingest_ledger", "current_state").endsWith("source_freshness", "metric_values")
        .contains("reference_holds", "dim_region", "fct_letter", "fct_livelihood_project");
    assertThat(CheckCatalog.all()).extracting(CheckDefinition::qualifiedId).doesNotHaveDuplicates();
    assertThat(CheckCatalog.all()).allSatisfy(check -> {
      assertThat(known).as(check.qualifiedId()).containsAll(check.query().names());
      assertThat(check.description()).as(check.qualifiedId()).contains(" / ");
    });
    assertThat(CheckCatalog.all().stream().filter(c -> c.severity() == Severity.WARN).map(CheckDefinition::qualifiedId))
        .containsExactlyInAnyOrder("reference_holds.unresolved_references", "source_freshness.source_not_stale", "source_freshness.within_warn_after",
            "metric_values.city_move_within_share", "fct_letter.answered_not_before_sent",
            "fct_suggestion.first_reply_not_before_assigned", "fct_evaluation.score_within_0_100",
            "fct_livelihood_project.votes_for_within_votes_cast", "fct_voter_meeting.items_in_order",
            "fct_voter_meeting.held_at_a_street", "fct_group_output.suggestion_only_when_supervised",
            "fct_oversight_issue.resolved_not_before_raised",
            "fct_assessment.votes_not_negative", "fct_assessment.assessment_has_votes",
            "fct_station_resource.staff_and_funding_not_negative", "fct_station_resource.resources_of_a_station");
  }

  @Test
  void checksThatNameNoPeriodRunOncePerRun() {
    Set<String> runWide = CheckCatalog.all().stream().filter(c -> !c.perPeriod())
        .filter(c -> !c.table().matches("(dim|fct)_.*|metric_catalog"))
        .map(CheckDefinition::qualifiedId).collect(Collectors.toSet());

    assertThat(CheckCatalog.all()).filteredOn(c -> c.table().matches("(dim|fct)_.*|metric_catalog"))
        .noneMatch(CheckDefinition::perPeriod);

    assertThat(runWide).containsExactlyInAnyOrder("ingest_ledger.batch_conservation",
        "ingest_ledger.duplicate_batch_empty", "current_state.current_state_present", "current_state.key_not_null",
        "current_state.key_unique", "reference_holds.unresolved_references",
        "reference_holds.unresolved_references_share", "source_freshness.source_not_stale",
        "metric_values.scope_dimensions_present");
  }

  @Test
  void keyColumnsComeFromTheContractQuoted() {
    NamedSql sql = KeySql.fill("SELECT :dataset, [{key_values}], {any_key_null} FROM t",
        SourceDataset.DUTY_ROSTER);

    assertThat(sql.sql()).isEqualTo("SELECT ?, [CAST(\"deputy_id\" AS VARCHAR), CAST(\"duty_date\" AS VARCHAR)],"
        + " (\"deputy_id\" IS NULL OR \"duty_date\" IS NULL) FROM t");
    assertThat(sql.names()).containsExactly("dataset");
  }

  @Test
  void expectedTextShowsThresholdValues() {
    CheckDefinition move = CheckCatalog.all().stream()
        .filter(c -> c.qualifiedId().equals("metric_values.city_move_within_share")).findFirst().orElseThrow();

    assertThat(move.expectedWith(CheckParameters.forPeriod(new CheckSettings(0.25, 10), Period.parse("2023-Q1"))))
        .isEqualTo("|value − previous| ÷ |previous| <= 0.25 against 2022-Q4");
  }

  @Test
  void settingsRefuseNonsense() {
    assertThatThrownBy(() -> new CheckSettings(0, 45)).hasMessageContaining("positive");
    assertThatThrownBy(() -> new CheckSettings(0.5, -1)).hasMessageContaining("0 days or more");
    assertThat(CheckSettings.defaults()).isEqualTo(new CheckSettings(0.5, 45));
  }
}
