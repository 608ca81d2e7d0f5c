package org.npcwh.samples.world;

import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.Row;

/**
 * The reference side of the sample: geography, network, departments, deputies and the stations'
 * staffing and funding of {@code cities} Shenzhen-sized cities (Shenzhen alone at scales below 1.5, see {@link Cities}).
 */
public record World(int cities, Geography geography, Network network, Departments departments, DeputyRoll deputies,
    StationSupport stationSupport) {

  /** Shenzhen alone. */
  public static World build(long seed) {
    return build(seed, 1);
  }

  /**
   * Shenzhen and {@code cities - 1} synthesized cities, each drawn from its own seeded parts (so
   * Shenzhen is the same whatever the number), each with its own network and deputies; one set of
   * municipal bureaus and a government per district.
   */
  public static World build(long seed, int cities) {
    List<Geography> geographies = new ArrayList<>();
    List<Network> networks = new ArrayList<>();
    List<DeputyRoll> rolls = new ArrayList<>();
    for (int n = 0; n < cities; n++) {
      String part = n == 0 ? "" : "-" + Cities.prefecture(n);
      Geography geo = n == 0 ? Geography.build(new Draw(seed, "geography"))
          : Geography.synthetic(Cities.prefecture(n), new Draw(seed, "geography" + part));
      Network network = Network.build(geo, new Draw(seed, "network" + part));
      geographies.add(geo);
      networks.add(network);
      rolls.add(DeputyRoll.build(network, new Draw(seed, "deputies" + part),
          n == 0 ? "DP" : "DP" + Cities.prefecture(n) + "-"));
    }
    Geography geo = Geography.union(geographies);
    Network network = Network.union(networks);
    return new World(cities, geo, network, Departments.build(geo), DeputyRoll.union(rolls),
        new StationSupport(network, new Draw(seed, "station-support")));
  }

  /** The regions table: districts, then each district's streets and their communities. */
  public List<Row> regionRows() {
    List<Row> rows = new ArrayList<>();
    for (Geography.District d : geography.districts()) {
      rows.add(region(d.code(), d.name(), "DISTRICT", null));
    }
    for (Geography.Street s : geography.streets()) {
      rows.add(region(s.code(), s.name(), "STREET", s.districtCode()));
    }
    for (Geography.Community c : geography.communities()) {
      rows.add(region(c.code(), c.name(), "COMMUNITY", c.streetCode()));
    }
    return rows;
  }

  private static Row region(String code, String name, String level, String parent) {
    return Row.of(SourceDataset.REGIONS)
        .set("region_code", code)
        .set("name", name)
        .set("level", level)
        .set("parent_code", parent);
  }
}
