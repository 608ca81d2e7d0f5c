package org.npcwh.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;

class RowValidatorTest {
  private static final Map<SourceDataset, Set<String>> KNOWN = Map.of(
      SourceDataset.REGIONS, Set.of("FT", "FT01"),
      SourceDataset.DEPARTMENTS, Set.of("SZ-JT", "FT-JY"),
      SourceDataset.DEPUTIES, Set.of("D1"),
      SourceDataset.SUGGESTIONS, Set.of("S1"));
  /** Of the known regions, only FT01 is a STREET (FT is a district). */
  private static final Map<Field.Kind, Set<String>> KNOWN_OF_KIND =
      Map.of(new Field.Kind("level", "STREET"), Set.of("FT01"));
  private static final KeyLookup LOOKUP = (dataset, kind, key) ->
      (kind == null ? KNOWN.getOrDefault(dataset, Set.of()) : KNOWN_OF_KIND.getOrDefault(kind, Set.of())).contains(key);

  /** A valid livelihood project; tests change one field at a time. */
  private static Map<String, String> project(String field, String value) {
    Map<String, String> values = new HashMap<>(Map.ofEntries(
        Map.entry("project_id", "LP1"), Map.entry("level", "DISTRICT"), Map.entry("district_code", "FT"),
        Map.entry("year", "2024"), Map.entry("title", "道路"), Map.entry("votes_for", "40"),
        Map.entry("votes_cast", "50"), Map.entry("selected", "true"), Map.entry("department_code", "FT-JY"),
        Map.entry("budget_wan", "1200.5"), Map.entry("progress_pct", "30"), Map.entry("satisfaction_score", "88.25"),
        Map.entry("updated_at", "2024-02-01 00:00:00")));
    values.put(field, value);
    return values;
  }

  private static RowVerdict check(Map<String, String> values) {
    return new RowValidator(SourceDataset.LIVELIHOOD_PROJECTS, LOOKUP).validate(values, true);
  }

  @Test
  void validRowIsTyped() {
    RowVerdict verdict = check(project("title", "道路"));
    assertThat(verdict.isAccepted()).isTrue();
    assertThat(verdict.typedValues()).containsExactly("LP1", "DISTRICT", "FT", 2024L, "道路", 40L, 50L, true, "FT-JY",
        new BigDecimal("1200.5"), 30L, new BigDecimal("88.25"), LocalDateTime.of(2024, 2, 1, 0, 0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "project_id | NULL | MISSING_KEY | key field project_id is empty or absent",
      "updated_at | NULL | MISSING_KEY | required field updated_at is empty or absent",
      "year | 2024.0 | BAD_TYPE | year \"2024.0\" is not a whole number",
      "year | ' 2024' | BAD_TYPE | year \" 2024\" is not a whole number",
      "votes_for | 99999999999999999999 | BAD_TYPE | votes_for \"99999999999999999999\" is not a whole number",
      "budget_wan | 12.34567 | BAD_TYPE | budget_wan \"12.34567\" is not a decimal number with at most 4 decimal places and 14 integer digits",
      "budget_wan | 1e3 | BAD_TYPE | budget_wan \"1e3\" is not a decimal number with at most 4 decimal places and 14 integer digits",
      "selected | TRUE | BAD_TYPE | selected \"TRUE\" is not a boolean (true or false)",
      "selected | 1 | BAD_TYPE | selected \"1\" is not a boolean (true or false)",
      "updated_at | 2024-02-01T00:00:00 | BAD_TYPE | updated_at \"2024-02-01T00:00:00\" is not a timestamp (YYYY-MM-DD HH:MM:SS)",
      "updated_at | 2024-02-30 00:00:00 | BAD_TYPE | updated_at \"2024-02-30 00:00:00\" is not a timestamp (YYYY-MM-DD HH:MM:SS)",
      "level | district | BAD_CODE | level \"district\" is not one of CITY, COMMUNITY, DISTRICT",
      "year | 1900 | OUT_OF_RANGE | year \"1900\" is outside the range 1949 to 2100",
      "progress_pct | 101 | OUT_OF_RANGE | progress_pct \"101\" is outside the range 0 to 100",
      "satisfaction_score | -0.5 | OUT_OF_RANGE | satisfaction_score \"-0.5\" is outside the range 0 to 100",
      "votes_cast | -1 | OUT_OF_RANGE | votes_cast \"-1\" is outside the range 0 or more",
      "remark | x | MALFORMED_RECORD | the record has a field remark that livelihood_projects does not define"})
  void firstFailingCheckGivesTheReason(String field, String value, ReasonCode code, String reason) {
    RowVerdict verdict = check(project(field, value));
    assertThat(verdict.reasonCode()).isEqualTo(code);
    assertThat(verdict.reason()).isEqualTo(reason);
    assertThat(verdict.field()).isEqualTo(code == ReasonCode.MALFORMED_RECORD ? null : field);
    assertThat(verdict.isAccepted()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "district_code | LH | district_code \"LH\" is not a known regions key",
      "department_code | NS-WJ | department_code \"NS-WJ\" is not a known departments key"})
  void anUnknownReferenceAloneKeepsTheRowAsPending(String field, String value, String reason) {
    RowVerdict verdict = check(project(field, value));
    assertThat(verdict.isAccepted()).isTrue();
    assertThat(verdict.typedValues()).hasSize(13);
    assertThat(verdict.reasonCode()).isEqualTo(ReasonCode.UNKNOWN_REFERENCE);
    assertThat(verdict.field()).isEqualTo(field);
    assertThat(verdict.pendingReference()).isEqualTo(reason);
    assertThat(check(project("title", "道路")).pendingReference()).isNull();
  }

  @Test
  void checksRunByKindSoAMissingKeyBeatsAnEarlierBadTypeAndReferencesComeLast() {
    Map<String, String> values = project("year", "soon");
    values.put("updated_at", null);
    assertThat(check(values).reasonCode()).isEqualTo(ReasonCode.MISSING_KEY);
    Map<String, String> badReferenceAndRange = project("district_code", "LH");
    badReferenceAndRange.put("progress_pct", "500");
    assertThat(check(badReferenceAndRange).reasonCode()).isEqualTo(ReasonCode.OUT_OF_RANGE);
    RowVerdict unchecked = new RowValidator(SourceDataset.LIVELIHOOD_PROJECTS, LOOKUP)
        .validate(project("district_code", "LH"), false);
    assertThat(unchecked.isAccepted()).isTrue();
    assertThat(unchecked.pendingReference()).isNull();
  }

  @Test
  void listFieldsReferElementWise() {
    RowValidator suggestions = new RowValidator(SourceDataset.SUGGESTIONS, LOOKUP);
    Map<String, String> values = new HashMap<>(Map.of("suggestion_id", "S2", "lead_deputy_id", "D1",
        "co_department_codes", "SZ-JT; FT-JY;", "submitted_on", "2024-01-10", "updated_at", "2024-01-20 00:00:00"));
    RowVerdict ok = suggestions.validate(values, true);
    assertThat(ok.isAccepted()).isTrue();
    assertThat(ok.typedValues()[9]).isEqualTo(List.of("SZ-JT", "FT-JY"));
    assertThat(ok.typedValues()[6]).isEqualTo(LocalDate.of(2024, 1, 10));
    values.put("co_department_codes", "SZ-JT;XX");
    assertThat(suggestions.validate(values, true).pendingReference())
        .isEqualTo("co_department_codes element \"XX\" is not a known departments key");
  }

  /** A voter meeting with the given item counts; street ST1 is unknown here, which only makes it pending. */
  private static RowVerdict meeting(String proposed, String voted, String selected) {
    return meeting("ST1", proposed, voted, selected);
  }

  private static RowVerdict meeting(String street, String proposed, String voted, String selected) {
    Map<String, String> values = new HashMap<>(Map.of("meeting_id", "VM1", "street_code", street,
        "held_on", "2024-03-05", "updated_at", "2024-03-06 09:00:00"));
    values.put("items_proposed", proposed);
    values.put("items_voted", voted);
    values.put("items_selected", selected);
    return new RowValidator(SourceDataset.VOTER_MEETINGS, LOOKUP).validate(values, true);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "10 | 8 | 3 | NULL",
      "8 | 8 | 8 | NULL",
      "NULL | 8 | 3 | NULL",
      "10 | NULL | 12 | NULL",
      "7 | 8 | 3 | items_voted \"8\" is more than items_proposed (7), which it may not exceed",
      "10 | 8 | 9 | items_selected \"9\" is more than items_voted (8), which it may not exceed",
      "7 | 8 | 9 | items_voted \"8\" is more than items_proposed (7), which it may not exceed"})
  void voterMeetingsKeepSelectedAtMostVotedAtMostProposed(String proposed, String voted, String selected,
      String reason) {
    RowVerdict verdict = meeting(proposed, voted, selected);
    if (reason == null) {
      assertThat(verdict.isAccepted()).isTrue();
      assertThat(verdict.pendingReference()).isEqualTo("street_code \"ST1\" is not a known regions key of level STREET");
    } else {
      assertThat(verdict.isAccepted()).isFalse();
      assertThat(verdict.reasonCode()).isEqualTo(ReasonCode.OUT_OF_RANGE);
      assertThat(verdict.reason()).isEqualTo(reason);
    }
  }

  @Test
  void aReferenceToOneKindNeedsARowOfThatKind() {
    assertThat(meeting("FT01", "3", "2", "1").pendingReference()).isNull();
    RowVerdict district = meeting("FT", "3", "2", "1");
    assertThat(district.isAccepted()).isTrue();
    assertThat(district.pendingReference()).isEqualTo("street_code \"FT\" is not a known regions key of level STREET");
  }
}
