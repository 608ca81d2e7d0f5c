package org.npcwh.samples.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.samples.SampleGenerator;
import org.npcwh.samples.io.Row;

/**
 * A world of three cities (scale 3) against Shenzhen alone (scale 1): built only, no event written.
 * Shenzhen alone has 10 districts, 74 streets, 670 communities, 40 departments and 2,642 deputies.
 */
class ScaledWorldTest {
  private static World shenzhen;
  private static World three;

  @BeforeAll
  static void build() {
    shenzhen = World.build(SampleGenerator.DEFAULT_SEED, Cities.forScale(1.0));
    three = World.build(SampleGenerator.DEFAULT_SEED, Cities.forScale(3.0));
  }

  @Test
  void scaleGivesTheNumberOfCities() {
    assertThat(List.of(0.02, 0.1, 1.0, 1.49, 1.5, 3.0, 8.0, 80.4))
        .map(Cities::forScale).containsExactly(1, 1, 1, 1, 2, 3, 8, 80);
  }

  @Test
  void synthesizedPrefecturesSkipShenzhen() {
    assertThat(List.of(1, 2, 3, 98, 99)).map(Cities::prefecture)
        .containsExactly("4401", "4402", "4404", "4499", "4501");
  }

  @Test
  void theWorldGrowsThreefold() {
    assertThat(shenzhen.geography().districts()).hasSize(10);
    assertThat(three.geography().districts()).hasSize(30);
    assertThat(three.geography().streets()).hasSize(3 * 74);
    assertThat(three.geography().communities()).hasSize(3 * 670);
    assertThat(three.network().platforms()).hasSize(3 * shenzhen.network().platforms().size());
    assertThat(three.deputies().all()).hasSize(3 * 2642);
    assertThat(three.departments().all()).hasSize(30 + 30);
    assertThat(three.cities()).isEqualTo(3);
  }

  /** Each city's stations are staffed and funded, the 2019 figures calibrated per city. */
  @Test
  void everyCityHasItsStationSupportAnd2019Staff() {
    List<Row> of2019 = three.stationSupport().rows(LocalDate.of(2023, 7, 1)).stream()
        .filter(r -> r.get("year").equals(2019)).toList();
    assertThat(of2019.stream().mapToInt(r -> (Integer) r.get("fulltime_liaisons")).sum()).isEqualTo(3 * 198);
    assertThat(of2019.stream().mapToInt(r -> (Integer) r.get("parttime_liaisons")).sum()).isEqualTo(3 * 249);
    assertThat(of2019.stream().map(r -> r.text("platform_id").substring(1, 5)).distinct())
        .containsExactlyInAnyOrder("4403", "4401", "4402");
  }

  @Test
  void shenzhenIsTheSameInABiggerWorld() {
    assertThat(three.geography().districts()).startsWith(shenzhen.geography().districts().toArray(
        new Geography.District[0]));
    assertThat(three.deputies().all()).startsWith(shenzhen.deputies().all().toArray(new Deputy[0]));
  }

  @Test
  void regionCodesAreUniqueAndNestedAndOnlyShenzhensStartWith4403() {
    Geography geo = three.geography();
    assertUnique(geo.districts(), Geography.District::code);
    assertUnique(geo.streets(), Geography.Street::code);
    assertUnique(geo.communities(), Geography.Community::code);
    assertThat(geo.districts()).allSatisfy(d -> assertThat(d.code()).matches("[0-9]{6}"));
    assertThat(geo.streets()).allSatisfy(s -> assertThat(s.code()).matches(s.districtCode() + "[0-9]{3}"));
    assertThat(geo.communities()).allSatisfy(c -> assertThat(c.code()).matches(c.streetCode() + "[0-9]{3}"));
    assertThat(geo.districts().stream().filter(d -> d.code().startsWith(Cities.SHENZHEN)))
        .containsExactlyElementsOf(shenzhen.geography().districts());
  }

  @Test
  void everyPlatformStandsInAStreetAndEveryDeputyAtAStation() {
    Set<String> streets = codes(three.geography().streets(), Geography.Street::code);
    Set<String> communities = codes(three.geography().communities(), Geography.Community::code);
    assertUnique(three.network().platforms(), Platform::id);
    assertThat(three.network().platforms()).allSatisfy(p -> {
      assertThat(streets).contains(p.streetCode());
      if (p.communityCode() != null) {
        assertThat(communities).contains(p.communityCode());
      }
    });
    assertUnique(three.deputies().all(), Deputy::id);
    assertThat(three.deputies().all()).allSatisfy(d -> {
      Platform host = three.network().find(d.platformId()).orElseThrow();
      assertThat(host.type()).isEqualTo(Platform.STATION);
      assertThat(d.districtCode()).isEqualTo(host.districtCode());
    });
  }

  @Test
  void everyDistrictHasItsGovernment() {
    assertUnique(three.departments().all(), Departments.Department::code);
    assertThat(three.geography().districts())
        .allSatisfy(d -> assertThat(three.departments().ofDistrict(d.code()).districtCode()).isEqualTo(d.code()));
  }

  private static <T> void assertUnique(List<T> items, Function<T, String> key) {
    assertThat(codes(items, key)).hasSize(items.size());
  }

  private static <T> Set<String> codes(List<T> items, Function<T, String> key) {
    Set<String> out = new HashSet<>();
    items.forEach(i -> out.add(key.apply(i)));
    return out;
  }
}
