package org.npcwh.samples.world;

import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.Row;

/** The reference side of the sample: geography, network, departments and deputies. */
public record World(Geography geography, Network network, Departments departments, DeputyRoll deputies) {

  public static World build(long seed) {
    Geography geo = Geography.build(new Draw(seed, "geography"));
    Network network = Network.build(geo, new Draw(seed, "network"));
    return new World(geo, network, Departments.build(geo), DeputyRoll.build(network, new Draw(seed, "deputies")));
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
