package org.npcwh.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npcwh.core.contract.SourceDataset.DUTY_ROSTER;
import static org.npcwh.core.contract.SourceDataset.LIVELIHOOD_PROJECTS;
import static org.npcwh.core.contract.SourceDataset.OPINIONS;
import static org.npcwh.core.contract.SourceDataset.PLATFORMS;
import static org.npcwh.core.contract.SourceDataset.PLATFORM_COVERAGE;
import static org.npcwh.core.contract.SourceDataset.REGIONS;
import static org.npcwh.core.contract.SourceDataset.SUGGESTIONS;
import static org.npcwh.core.contract.SourceDataset.SUGGESTION_REPLIES;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.traps.BadRows;

/**
 * The calibrated sample (default seed, scale 1) reproduces Shenzhen's published figures, computed
 * here from the generated files as the metric contract defines them.
 */
class CalibrationTest {
  private static final LocalDate JAN_2023 = LocalDate.of(2023, 1, 31);
  private static LandingReader landing;
  private static CurrentState state;
  private static List<Map<String, String>> platforms;

  @BeforeAll
  static void generate() throws IOException {
    landing = new LandingReader(Samples.generated(SampleGenerator.DEFAULT_SEED, 1.0));
    state = new CurrentState(landing);
    platforms = state.reference(PLATFORMS);
  }

  @Test
  void geographyIsShenzhen() throws IOException {
    Map<String, Long> byLevel = state.reference(REGIONS).stream()
        .collect(Collectors.groupingBy(r -> r.get("level"), TreeMap::new, Collectors.counting()));
    assertThat(byLevel).containsExactly(Map.entry("COMMUNITY", 670L), Map.entry("DISTRICT", 10L),
        Map.entry("STREET", 74L));
  }

  @Test
  void networkAtJanuary2023() {
    assertThat(openOfType("HOME", JAN_2023)).isEqualTo(82);
    assertThat(openOfType("STATION", JAN_2023)).isEqualTo(245);
    assertThat(openOfType("POINT", JAN_2023)).isEqualTo(665);
  }

  @Test
  void legislativePointsAreAllStationsAndTwelveEnterprises() {
    List<Map<String, String>> legislative = platforms.stream()
        .filter(p -> CurrentState.legislativeAt(p, JAN_2023)).toList();
    assertThat(legislative).hasSize(257);
    assertThat(legislative.stream().filter(p -> p.get("platform_type").equals("STATION"))).hasSize(245);
    assertThat(legislative.stream().filter(p -> p.get("category").equals("ENTERPRISE"))).hasSize(12);
  }

  @Test
  void everyStreetHasAHomeAndEveryCommunityAStation() throws IOException {
    List<Map<String, String>> regions = state.reference(REGIONS);
    Set<String> streetsWithHome = platforms.stream()
        .filter(p -> p.get("platform_type").equals("HOME") && CurrentState.openAt(p, JAN_2023))
        .map(p -> p.get("street_code")).collect(Collectors.toSet());
    assertThat(streetsWithHome).containsExactlyInAnyOrderElementsOf(codesOf(regions, "STREET"));

    Set<String> openStations = platforms.stream()
        .filter(p -> p.get("platform_type").equals("STATION") && CurrentState.openAt(p, JAN_2023))
        .map(p -> p.get("platform_id")).collect(Collectors.toSet());
    Set<String> served = state.reference(PLATFORM_COVERAGE).stream()
        .filter(c -> openStations.contains(c.get("platform_id")))
        .map(c -> c.get("community_code")).collect(Collectors.toSet());
    assertThat(served).containsExactlyInAnyOrderElementsOf(codesOf(regions, "COMMUNITY"));
  }

  @Test
  void networkGrowsDuring2022AndSomePlatformsClose() {
    assertThat(openOfType("STATION", LocalDate.of(2022, 1, 31))).isLessThan(240);
    assertThat(openOfType("HOME", LocalDate.of(2022, 1, 31))).isLessThan(82);
    assertThat(platforms.stream().filter(p -> p.get("closed_on") != null
        && p.get("closed_on").compareTo("2023-01-01") < 0)).hasSizeGreaterThanOrEqualTo(5);
    assertThat(platforms.stream().filter(p -> "2022-06-30".equals(p.get("closed_on")))).hasSize(1);
    assertThat(platforms.stream().filter(p -> "2023-01-31".equals(p.get("opened_on")))).hasSize(1);
  }

  @Test
  void legislation2022() throws IOException {
    List<Map<String, String>> in2022 = state.latest(OPINIONS).values().stream()
        .filter(o -> o.get("submitted_on").startsWith("2022-")).toList();
    assertThat(in2022).hasSize(5110);
    assertThat(in2022.stream().map(o -> o.get("draft_id")).distinct()).hasSize(39);
    Set<String> legislativePoints = platforms.stream().filter(p -> p.get("legislative_since") != null)
        .map(p -> p.get("platform_id")).collect(Collectors.toSet());
    assertThat(in2022).allMatch(o -> legislativePoints.contains(o.get("platform_id")));
  }

  @Test
  void aboutNineHundredDeputiesOnDutyEveryDay() throws IOException {
    Set<String> dutyDays = new HashSet<>();
    state.forEachGood(DUTY_ROSTER, r -> dutyDays.add(r.get("deputy_id") + "|" + r.get("duty_date")));
    Map<YearMonth, Long> perMonth = dutyDays.stream().collect(Collectors.groupingBy(
        k -> YearMonth.parse(k.substring(k.indexOf('|') + 1, k.indexOf('|') + 8)), TreeMap::new, Collectors.counting()));
    assertThat(perMonth).hasSize(18);
    perMonth.forEach((month, n) -> assertThat((double) n / month.lengthOfMonth()).as(month.toString())
        .isBetween(890.0, 910.0));
  }

  @Test
  void suggestionsAndRepliesOf2022() throws IOException {
    Map<String, Map<String, String>> suggestions = state.latest(SUGGESTIONS);
    assertThat(suggestions.values().stream().filter(s -> s.get("submitted_on").startsWith("2022-"))).hasSize(850);
    assertThat(suggestions.values().stream().filter(s -> s.get("session").equals("7-3"))).hasSizeGreaterThan(600);

    List<Map<String, String>> replies2022 = state.latest(SUGGESTION_REPLIES).values().stream()
        .filter(r -> r.get("replied_on").startsWith("2022-")).toList();
    assertThat(replies2022.size()).isBetween(900, 1300);
    Map<String, String> leadOf = suggestions.values().stream().filter(s -> s.get("lead_department_code") != null)
        .collect(Collectors.toMap(s -> s.get("suggestion_id"), s -> s.get("lead_department_code")));
    List<Map<String, String>> leadFirst = state.latest(SUGGESTION_REPLIES).values().stream()
        .filter(r -> r.get("round").equals("1") && r.get("department_code").equals(leadOf.get(r.get("suggestion_id"))))
        .toList();
    Map<String, Long> mix = leadFirst.stream().collect(Collectors.groupingBy(r -> r.get("result_class"), Collectors.counting()));
    double n = leadFirst.size();
    assertThat(mix.get("A") / n).isBetween(0.40, 0.48);
    assertThat(mix.get("B") / n).isBetween(0.45, 0.53);
    assertThat(mix.get("C") / n).isBetween(0.03, 0.07);
    assertThat(mix.get("D") / n).isBetween(0.015, 0.045);
  }

  @Test
  void tenCityLivelihoodProjectsSelectedEachYear() throws IOException {
    Map<String, Map<String, String>> projects = state.latest(LIVELIHOOD_PROJECTS);
    for (String year : List.of("2022", "2023")) {
      List<Map<String, String>> city = projects.values().stream()
          .filter(p -> p.get("level").equals("CITY") && p.get("year").equals(year)).toList();
      assertThat(city).hasSize(12);
      assertThat(city.stream().filter(p -> p.get("selected").equals("true"))).hasSize(10);
    }
  }

  @Test
  void badRowsAreExactlyTheInjectedOnes() throws IOException {
    long bad = 0;
    for (SourceDataset d : SourceDataset.values()) {
      long inDataset = d.isReference()
          ? landing.newestFull(d).size() - state.reference(d).size()
          : state.badRows(d);
      assertThat(inDataset).as(d.datasetName()).isEqualTo(BadRows.spoils(d).size());
      bad += inDataset;
    }
    assertThat(bad).isEqualTo(BadRows.total()).isBetween(40L, 60L);
  }

  private static long openOfType(String type, LocalDate day) {
    return platforms.stream().filter(p -> p.get("platform_type").equals(type) && CurrentState.openAt(p, day)).count();
  }

  private static Set<String> codesOf(List<Map<String, String>> regions, String level) {
    return regions.stream().filter(r -> r.get("level").equals(level)).map(r -> r.get("region_code"))
        .collect(Collectors.toSet());
  }
}
