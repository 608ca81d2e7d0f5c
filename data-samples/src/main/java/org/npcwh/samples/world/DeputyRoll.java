package org.npcwh.samples.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * About 2,600 deputies of four levels, each receiving residents at a station that stays open the
 * whole time. Terms: the 13th NPC and the 13th Guangdong congress end early in 2023 and some of
 * their seats pass to newly elected deputies; some municipal and district deputies leave during the
 * period and a few join at by-elections. 大鹏新区 has no district congress, so no DISTRICT deputies.
 * A scaled world has one roll per city, each numbered from 1 behind its own id prefix.
 */
public final class DeputyRoll {
  private static final String[] LEVELS = {"NATIONAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT"};
  private static final int[] COUNTS = {50, 150, 400, 2000};
  private static final LocalDate[] TERM_STARTS = {LocalDate.of(2018, 3, 5), LocalDate.of(2018, 1, 25),
      LocalDate.of(2021, 1, 19), LocalDate.of(2021, 10, 15)};
  private static final List<String> GROUPS = ProfessionalGroups.codes();
  private static final String DAPENG = "440343";

  private final List<Deputy> deputies;
  private final Map<String, List<Deputy>> byPlatform = new LinkedHashMap<>();

  private DeputyRoll(List<Deputy> deputies) {
    this.deputies = List.copyOf(deputies);
    deputies.forEach(d -> byPlatform.computeIfAbsent(d.platformId(), k -> new ArrayList<>()).add(d));
  }

  /** The deputies of one city, ids {@code idPrefix} + a 5-digit number ({@code DP00001} in Shenzhen). */
  public static DeputyRoll build(Network network, Draw draw, String idPrefix) {
    List<Platform> hosts = network.ofType(Platform.STATION).stream()
        .filter(p -> p.closedOn() == null && p.openedOn().getYear() < 2022).toList();
    List<String> levels = new ArrayList<>();
    for (int i = 0; i < LEVELS.length; i++) {
      levels.addAll(Collections.nCopies(COUNTS[i], LEVELS[i]));
    }
    List<Deputy> out = new ArrayList<>();
    for (String level : levels) {
      out.add(deputy(idPrefix, out.size(), level, draw.pick(hosts), termStart(level), draw));
    }
    endSomeTerms(out, "NATIONAL", 12, LocalDate.of(2023, 3, 4), draw);
    endSomeTerms(out, "PROVINCIAL", 20, LocalDate.of(2023, 1, 11), draw);
    for (int i = 0; i < 30; i++) {
      int k = COUNTS[0] + COUNTS[1] + draw.between(0, COUNTS[2] + COUNTS[3] - 1);
      Deputy d = out.get(k);
      if (d.termEnd() == null) {
        out.set(k, withEnd(d, draw.dateBetween(LocalDate.of(2022, 2, 1), LocalDate.of(2023, 5, 31))));
      }
    }
    addNewcomers(out, idPrefix, "NATIONAL", 12, LocalDate.of(2023, 3, 5), hosts, draw);
    addNewcomers(out, idPrefix, "PROVINCIAL", 20, LocalDate.of(2023, 1, 12), hosts, draw);
    for (int i = 0; i < 10; i++) {
      out.add(deputy(idPrefix, out.size(), i < 3 ? "MUNICIPAL" : "DISTRICT", draw.pick(hosts),
          draw.dateBetween(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 11, 30)), draw));
    }
    return new DeputyRoll(out);
  }

  /** The cities' rolls as one, in the order given. */
  public static DeputyRoll union(List<DeputyRoll> cities) {
    return new DeputyRoll(cities.stream().flatMap(r -> r.deputies.stream()).toList());
  }

  public List<Deputy> all() {
    return deputies;
  }

  /** The deputies who receive residents at this platform (only stations have any). */
  public List<Deputy> atPlatform(String platformId) {
    return byPlatform.getOrDefault(platformId, List.of());
  }

  private static void endSomeTerms(List<Deputy> out, String level, int n, LocalDate end, Draw draw) {
    List<Integer> ofLevel = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).level().equals(level)) {
        ofLevel.add(i);
      }
    }
    for (int i = 0; i < n; i++) {
      int k = ofLevel.remove(draw.between(0, ofLevel.size() - 1));
      out.set(k, withEnd(out.get(k), end));
    }
  }

  private static void addNewcomers(List<Deputy> out, String idPrefix, String level, int n, LocalDate start,
      List<Platform> hosts, Draw draw) {
    for (int i = 0; i < n; i++) {
      out.add(deputy(idPrefix, out.size(), level, draw.pick(hosts), start, draw));
    }
  }

  private static Deputy deputy(String idPrefix, int index, String level, Platform host, LocalDate start,
      Draw draw) {
    String district = host.districtCode();
    String actualLevel = level.equals("DISTRICT") && district.equals(DAPENG) ? "MUNICIPAL" : level;
    String group = actualLevel.equals("MUNICIPAL") && draw.chance(0.8) ? draw.pick(GROUPS) : null;
    return new Deputy(idPrefix + String.format("%05d", index + 1), Names.person(draw), actualLevel, district, host.id(),
        group, start, null);
  }

  private static Deputy withEnd(Deputy d, LocalDate end) {
    return new Deputy(d.id(), d.name(), d.level(), d.districtCode(), d.platformId(), d.professionalGroup(),
        d.termStart(), end);
  }

  private static LocalDate termStart(String level) {
    for (int i = 0; i < LEVELS.length; i++) {
      if (LEVELS[i].equals(level)) {
        return TERM_STARTS[i];
      }
    }
    throw new IllegalArgumentException(level);
  }
}
