package org.npcwh.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npcwh.core.contract.SourceDataset.ACTIVITIES;
import static org.npcwh.core.contract.SourceDataset.COMMITMENT_CHECKS;
import static org.npcwh.core.contract.SourceDataset.DEPARTMENT_ASSESSMENTS;
import static org.npcwh.core.contract.SourceDataset.DEPUTIES;
import static org.npcwh.core.contract.SourceDataset.DUTY_POINT_RULES;
import static org.npcwh.core.contract.SourceDataset.DUTY_RECORDS;
import static org.npcwh.core.contract.SourceDataset.GROUP_OUTPUTS;
import static org.npcwh.core.contract.SourceDataset.LIVELIHOOD_PROJECTS;
import static org.npcwh.core.contract.SourceDataset.OVERSIGHT_ISSUES;
import static org.npcwh.core.contract.SourceDataset.OVERSIGHT_SESSIONS;
import static org.npcwh.core.contract.SourceDataset.PROFESSIONAL_GROUPS;
import static org.npcwh.core.contract.SourceDataset.STATION_RESOURCES;
import static org.npcwh.core.contract.SourceDataset.SUGGESTIONS;
import static org.npcwh.core.contract.SourceDataset.SUGGESTION_REPLIES;
import static org.npcwh.core.contract.SourceDataset.VOTER_MEETINGS;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;

/**
 * The second tier of the calibrated sample (default seed, scale 1) reproduces the committee's
 * published figures and is consistent with the first tier's world; computed here from the files.
 */
class SecondTierCalibrationTest {
  private static CurrentState state;

  @BeforeAll
  static void generate() throws IOException {
    state = new CurrentState(new LandingReader(Samples.generated(SampleGenerator.DEFAULT_SEED, 1.0)));
  }

  private static Collection<Map<String, String>> latest(SourceDataset d) throws IOException {
    return state.latest(d).values();
  }

  private static long count(SourceDataset d, Predicate<Map<String, String>> which) throws IOException {
    return latest(d).stream().filter(which).count();
  }

  @Test
  void february2023PerformanceReportsOf31DepartmentsSeveralVotedOnOneUnsatisfied() throws IOException {
    List<Map<String, String>> reports = latest(OVERSIGHT_SESSIONS).stream()
        .filter(s -> s.get("session_type").equals("PERFORMANCE_REPORT") && s.get("held_on").startsWith("2023-02"))
        .toList();
    assertThat(reports).hasSize(31);
    assertThat(reports.stream().map(s -> s.get("department_code")).distinct()).hasSize(31);
    Set<String> reportIds = reports.stream().map(s -> s.get("session_id")).collect(Collectors.toSet());
    List<Map<String, String>> votes = latest(DEPARTMENT_ASSESSMENTS).stream()
        .filter(a -> reportIds.contains(a.get("session_id"))).toList();
    assertThat(votes).hasSize(6);
    // 不满意: neither satisfied nor satisfied + basically satisfied are more than half of the votes.
    assertThat(votes.stream().filter(a -> 2 * (n(a, "votes_satisfied") + n(a, "votes_basically_satisfied"))
        <= n(a, "votes_satisfied") + n(a, "votes_basically_satisfied") + n(a, "votes_unsatisfied"))).hasSize(1);
  }

  @Test
  void thirteenHearingsByEarly2023() throws IOException {
    assertThat(count(OVERSIGHT_SESSIONS, s -> s.get("session_type").equals("HEARING")
        && s.get("held_on").compareTo("2023-03-31") <= 0)).isEqualTo(13);
  }

  @Test
  void groupsMatchTheDeputiesCodesAndFourOfSixMeetTheir2022Duty() throws IOException {
    Set<String> codes = state.reference(PROFESSIONAL_GROUPS).stream().map(g -> g.get("group_code"))
        .collect(Collectors.toSet());
    assertThat(state.reference(DEPUTIES).stream().map(d -> d.get("professional_group")).filter(Objects::nonNull)
        .collect(Collectors.toSet())).isEqualTo(codes).hasSize(6);
    Map<String, Set<String>> delivered2022 = latest(GROUP_OUTPUTS).stream()
        .filter(o -> o.get("delivered_on").startsWith("2022"))
        .collect(Collectors.groupingBy(o -> o.get("group_code"),
            Collectors.mapping(o -> o.get("output_type"), Collectors.toSet())));
    assertThat(codes.stream().filter(g -> delivered2022.getOrDefault(g, Set.of())
        .containsAll(Set.of("RESEARCH_REPORT", "SUPERVISED_SUGGESTION")))).hasSize(4);
    Set<String> suggestions = state.latest(SUGGESTIONS).keySet();
    assertThat(latest(GROUP_OUTPUTS)).allMatch(o -> o.get("output_type").equals("SUPERVISED_SUGGESTION")
        == (o.get("suggestion_id") != null) && (o.get("suggestion_id") == null || suggestions.contains(o.get("suggestion_id"))));
  }

  @Test
  void mostDeputiesReceivedResidentsAtLeastFourTimesIn2022AndActivityReceptionsAreTheirs() throws IOException {
    Map<String, Long> receptions = latest(DUTY_RECORDS).stream()
        .filter(r -> r.get("duty_type").equals("RECEPTION") && r.get("occurred_on").startsWith("2022"))
        .collect(Collectors.groupingBy(r -> r.get("deputy_id"), Collectors.counting()));
    List<String> serving = state.reference(DEPUTIES).stream()
        .filter(d -> d.get("term_start").compareTo("2022-12-31") <= 0
            && (d.get("term_end") == null || d.get("term_end").compareTo("2022-12-31") >= 0))
        .map(d -> d.get("deputy_id")).toList();
    double rate = (double) serving.stream().filter(id -> receptions.getOrDefault(id, 0L) >= 4).count() / serving.size();
    assertThat(rate).isBetween(0.80, 0.95);
    Map<String, Map<String, String>> activities = state.latest(ACTIVITIES);
    List<Map<String, String>> fromActivities = latest(DUTY_RECORDS).stream()
        .filter(r -> r.get("duty_type").equals("RECEPTION") && r.get("source_ref") != null).toList();
    assertThat(fromActivities).hasSizeGreaterThan(5000).allSatisfy(r -> {
      Map<String, String> a = activities.get(r.get("source_ref"));
      assertThat(a.get("activity_type")).isEqualTo("RECEPTION");
      assertThat(a.get("held_on")).isEqualTo(r.get("occurred_on"));
      assertThat(a.get("deputy_ids").split(";")).contains(r.get("deputy_id"));
    });
  }

  @Test
  void stations2019Had198FullTimeAnd249PartTimeLiaisonsAndOneWanYuanEach() throws IOException {
    List<Map<String, String>> of2019 = state.reference(STATION_RESOURCES).stream()
        .filter(r -> r.get("year").equals("2019")).toList();
    assertThat(of2019.stream().mapToInt(r -> n(r, "fulltime_liaisons")).sum()).isEqualTo(198);
    assertThat(of2019.stream().mapToInt(r -> n(r, "parttime_liaisons")).sum()).isEqualTo(249);
    BigDecimal funding = of2019.stream().map(r -> new BigDecimal(r.get("funding_wan"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(funding).isEqualByComparingTo(BigDecimal.valueOf(of2019.size()));
    assertThat(state.reference(STATION_RESOURCES).stream().filter(r -> r.get("year").equals("2023"))).hasSizeGreaterThan(200);
  }

  @Test
  void tenThousandMicroProjectsSelectedEachYear() throws IOException {
    for (String year : List.of("2022", "2023")) {
      assertThat(count(LIVELIHOOD_PROJECTS, p -> p.get("level").equals("COMMUNITY") && p.get("year").equals(year)
          && p.get("selected").equals("true"))).as(year).isEqualTo(10_000);
    }
  }

  @Test
  void pointRulesHaveAnUncappedTypeAndACapThatBinds() throws IOException {
    List<Map<String, String>> rules = state.reference(DUTY_POINT_RULES);
    assertThat(rules).hasSize(9).anyMatch(r -> r.get("annual_cap") == null);
    Map<String, Long> others = latest(DUTY_RECORDS).stream()
        .filter(r -> r.get("duty_type").equals("OTHER") && r.get("occurred_on").startsWith("2022"))
        .collect(Collectors.groupingBy(r -> r.get("deputy_id"), Collectors.counting()));
    // OTHER earns 1 point capped at 5 a year: a deputy with 6 or more such records reaches the cap.
    assertThat(others.values().stream().filter(n -> n > 5)).hasSizeGreaterThan(100);
  }

  @Test
  void voterMeetingsCoverMostStreetsAndChecksTakeEveryStatus() throws IOException {
    Set<String> streets = state.reference(SourceDataset.REGIONS).stream().filter(r -> r.get("level").equals("STREET"))
        .map(r -> r.get("region_code")).collect(Collectors.toSet());
    assertThat(latest(VOTER_MEETINGS)).allMatch(m -> streets.contains(m.get("street_code")));
    long covered2022 = latest(VOTER_MEETINGS).stream().filter(m -> m.get("held_on").startsWith("2022"))
        .map(m -> m.get("street_code")).distinct().count();
    assertThat(covered2022).isBetween(66L, 73L);
    Map<String, Map<String, String>> replies = state.latest(SUGGESTION_REPLIES);
    assertThat(latest(COMMITMENT_CHECKS)).allMatch(c -> replies.get(c.get("reply_id")).get("commitment_due_on") != null);
    assertThat(latest(COMMITMENT_CHECKS).stream().map(c -> c.get("status")).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("FULFILLED", "IN_PROGRESS", "NOT_FULFILLED");
  }

  /** Every second-tier metric has something to count in the first half of 2023. */
  @Test
  void everySecondTierFamilyHasEventsIn2023() throws IOException {
    Predicate<String> h1 = day -> day != null && day.compareTo("2023-01-01") >= 0 && day.compareTo("2023-06-30") <= 0;
    assertThat(count(OVERSIGHT_SESSIONS, s -> s.get("session_type").equals("FACE_TO_FACE") && h1.test(s.get("held_on"))))
        .isEqualTo(12);
    assertThat(count(OVERSIGHT_ISSUES, i -> h1.test(i.get("resolved_on")))).isPositive();
    assertThat(count(GROUP_OUTPUTS, o -> o.get("output_type").equals("RESEARCH_REPORT") && h1.test(o.get("delivered_on"))))
        .isPositive();
    assertThat(count(VOTER_MEETINGS, m -> h1.test(m.get("held_on")) && n(m, "items_selected") > 0)).isPositive();
    assertThat(count(LIVELIHOOD_PROJECTS, p -> p.get("year").equals("2023") && p.get("level").equals("COMMUNITY")
        && "100".equals(p.get("progress_pct")))).isPositive();
    assertThat(count(SUGGESTION_REPLIES, r -> h1.test(r.get("commitment_due_on")))).isPositive();
    assertThat(count(COMMITMENT_CHECKS, c -> h1.test(c.get("checked_on")) && c.get("status").equals("FULFILLED")))
        .isPositive();
    assertThat(count(DUTY_RECORDS, r -> h1.test(r.get("occurred_on")))).isGreaterThan(20_000);
  }

  private static int n(Map<String, String> row, String field) {
    return Integer.parseInt(row.get(field));
  }
}
