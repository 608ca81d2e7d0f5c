package org.npcwh.samples.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.Row;

/**
 * The six 代表专业小组 of the 7th municipal congress, formed when its term began. Deputies carry
 * these codes; a scaled world shares them (like the municipal bureaus, they stand for every city's).
 */
public final class ProfessionalGroups {
  /** Code, name, field: the codes are what {@code deputies.professional_group} holds. */
  private static final String[][] GROUPS = {
      {"PG01", "法制专业小组", "法治"}, {"PG02", "财政经济专业小组", "财政经济"},
      {"PG03", "城建环资专业小组", "城建环资"}, {"PG04", "教科文卫专业小组", "教科文卫"},
      {"PG05", "社会建设专业小组", "社会建设"}, {"PG06", "监察和司法专业小组", "监察司法"}};
  private static final LocalDate FORMED = LocalDate.of(2021, 3, 1);

  private ProfessionalGroups() {}

  /** The group codes in a fixed order. */
  public static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (String[] g : GROUPS) {
      codes.add(g[0]);
    }
    return codes;
  }

  public static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String[] g : GROUPS) {
      rows.add(Row.of(SourceDataset.PROFESSIONAL_GROUPS)
          .set("group_code", g[0])
          .set("name", g[1])
          .set("field", g[2])
          .set("formed_on", FORMED)
          .set("dissolved_on", null));
    }
    return rows;
  }
}
