package org.npcwh.samples.world;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.npcwh.samples.world.Geography.Community;
import org.npcwh.samples.world.Geography.Street;

/**
 * Builds the home–station–point network calibrated to Shenzhen's published figures at 2023-01-31:
 * 82 homes (every street at least one), 245 stations (every community served), 665 points, of which
 * 12 enterprises are legislative contact points besides all stations. Around them: platforms opened
 * during 2022 (growth), closed before 2023 (not counted), and changes after January 2023.
 */
final class NetworkBuilder {
  static final int HOMES_OPEN = 82;
  static final int STATIONS_OPEN = 245;
  static final int POINTS_OPEN = 665;
  static final int LEGISLATIVE_ENTERPRISES = 12;
  private static final int STATIONS_NEW_IN_2022 = 20;
  private static final int POINTS_NEW_IN_2022 = 65;
  private static final LocalDate CALIBRATION_DAY = LocalDate.of(2023, 1, 31);
  private static final String[] INDUSTRIES = {"电子信息", "现代物流", "建筑", "餐饮", "律师", "医药", "服装",
      "家具", "钟表", "珠宝", "外贸", "物业管理"};

  private final Geography geo;
  private final Draw draw;
  private final List<Platform> platforms = new ArrayList<>();
  private final Map<String, List<String>> coverage = new LinkedHashMap<>();
  private final Map<String, Integer> numberInStreet = new LinkedHashMap<>();
  private final Set<String> usedNames = new HashSet<>();

  NetworkBuilder(Geography geo, Draw draw) {
    this.geo = geo;
    this.draw = draw;
  }

  Network build() {
    homes();
    stations();
    points();
    platforms.sort(Comparator.comparing(Platform::id));
    return new Network(platforms, coverage);
  }

  private void homes() {
    List<Street> streets = geo.streets();
    for (Street s : streets) {
      LocalDate opened = old();
      add(Platform.HOME, homeName(s), s.code(), null, "OTHER", null, online(opened), opened, null);
    }
    int[] streetIndexes = new int[streets.size()];
    Arrays.setAll(streetIndexes, i -> i);
    int[] moved = draw.sample(streetIndexes, 2);
    for (int i = 0; i < moved.length; i++) {
      // Two homes moved to a new site: the new one opened days before the old one closed.
      LocalDate closed = i == 0 ? LocalDate.of(2022, 5, 31) : LocalDate.of(2022, 9, 15);
      Street s = streets.get(moved[i]);
      int old = indexOf(Platform.HOME, s.code());
      Platform p = platforms.get(old);
      platforms.set(old, new Platform(p.id(), p.type(), p.name(), p.streetCode(), null, p.category(), null,
          p.onlineSince(), p.openedOn(), closed));
      add(Platform.HOME, homeName(s) + "（新址）", s.code(), null, "OTHER", null, closed.minusDays(11),
          closed.minusDays(11), null);
    }
    List<Street> biggest = streets.stream()
        .sorted(Comparator.comparing((Street s) -> -s.communities().size()).thenComparing(Street::code))
        .limit(HOMES_OPEN - streets.size()).toList();
    int[] months2022 = {3, 5, 7, 8, 11, 12};
    for (int i = 0; i < biggest.size(); i++) {
      Street s = biggest.get(i);
      LocalDate opened = i < 2 ? old() : LocalDate.of(2022, months2022[i - 2], draw.between(1, 28));
      add(Platform.HOME, homeName(s) + "（二）", s.code(), null, "OTHER", null, online(opened), opened, null);
    }
    Street later = draw.pick(streets);
    add(Platform.HOME, homeName(later) + "（分家）", later.code(), null, "OTHER", null, null,
        LocalDate.of(2023, 4, 10), null);
  }

  private void stations() {
    List<Street> streets = geo.streets();
    double[] weights = streets.stream().mapToDouble(s -> s.communities().size()).toArray();
    int[] perStreet = Allocation.spread(STATIONS_OPEN, weights, 1);
    int[] all = new int[STATIONS_OPEN];
    Arrays.setAll(all, i -> i);
    int[] newOnes = draw.sample(all, STATIONS_NEW_IN_2022);
    Map<Integer, LocalDate> openedIn2022 = new LinkedHashMap<>();
    for (int i = 0; i < newOnes.length; i++) {
      YearMonth m = YearMonth.of(2022, 2).plusMonths(i * 12L / STATIONS_NEW_IN_2022);
      openedIn2022.put(newOnes[i], m.atDay(draw.between(1, 28)));
    }
    int n = 0;
    for (int s = 0; s < streets.size(); s++) {
      List<Community> communities = streets.get(s).communities();
      int[] sizes = Allocation.spread(communities.size(), equalWeights(perStreet[s]), 1);
      int from = 0;
      for (int size : sizes) {
        List<Community> served = communities.subList(from, from + size);
        from += size;
        LocalDate opened = openedIn2022.getOrDefault(n++, old());
        boolean isNew = opened.getYear() >= 2022;
        LocalDate legislative = isNew ? opened : max(opened, draw.dateBetween(LocalDate.of(2020, 3, 1),
            LocalDate.of(2022, 6, 30)));
        LocalDate online = isNew ? opened.plusDays(draw.between(0, 90)) : draw.chance(0.08) ? null : online(opened);
        String id = add(Platform.STATION, stationName(served), streets.get(s).code(), served.get(0).code(),
            "COMMUNITY", legislative, online, opened, null);
        List<String> codes = new ArrayList<>(served.stream().map(Community::code).toList());
        if (from < communities.size() && draw.chance(0.1)) {
          codes.add(communities.get(from).code());
        }
        coverage.put(id, codes);
      }
    }
    LocalDate[] closings = {LocalDate.of(2022, 3, 15), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 11, 20)};
    for (LocalDate closed : closings) {
      extraStation(LocalDate.of(2019, draw.between(1, 12), draw.between(1, 28)), closed, 2);
    }
    extraStation(LocalDate.of(2023, 3, 8), null, 1);
    extraStation(LocalDate.of(2023, 5, 16), null, 1);
  }

  /** A station besides the calibrated ones, serving communities that open stations serve too. */
  private void extraStation(LocalDate opened, LocalDate closed, int communities) {
    Street s = draw.pick(geo.streets());
    List<Community> served = s.communities().subList(0, communities);
    String id = add(Platform.STATION, stationName(served).replace("联络站", "联络站（临时）"), s.code(),
        served.get(0).code(), "COMMUNITY", opened, opened, opened, closed);
    coverage.put(id, served.stream().map(Community::code).toList());
  }

  private void points() {
    List<String> categories = new ArrayList<>();
    int[] counts = {LEGISLATIVE_ENTERPRISES, 70, 430, 70, 55};
    String[] names = {"ENTERPRISE", "ENTERPRISE", "COMMUNITY", "INDUSTRY", "PARK"};
    for (int c = 0; c < counts.length; c++) {
      categories.addAll(java.util.Collections.nCopies(counts[c], names[c]));
    }
    categories.addAll(java.util.Collections.nCopies(POINTS_OPEN - categories.size(), "OTHER"));
    int[] all = new int[POINTS_OPEN];
    Arrays.setAll(all, i -> i);
    Set<Integer> newOnes = new HashSet<>();
    for (int i : draw.sample(all, POINTS_NEW_IN_2022)) {
      newOnes.add(i);
    }
    int lastNew = newOnes.stream().max(Integer::compare).orElseThrow();
    int parksMadeLegislativeLater = 0;
    for (int i = 0; i < POINTS_OPEN; i++) {
      LocalDate opened = i == lastNew ? CALIBRATION_DAY
          : newOnes.contains(i) ? draw.dateBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 30)) : old();
      LocalDate legislative = null;
      if (i < LEGISLATIVE_ENTERPRISES) {
        legislative = max(opened, i < 8 ? draw.dateBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
            : draw.dateBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
      } else if (categories.get(i).equals("PARK") && parksMadeLegislativeLater < 3) {
        parksMadeLegislativeLater++;
        legislative = LocalDate.of(2023, 3, 1);
      }
      point(categories.get(i), legislative, opened, null);
    }
    for (int i = 0; i < 4; i++) {
      point("COMMUNITY", null, old(), draw.dateBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    }
    point("COMMUNITY", null, old(), CALIBRATION_DAY);
    for (int m = 2; m <= 6; m++) {
      point(m == 4 ? "ENTERPRISE" : "COMMUNITY", null, LocalDate.of(2023, m, draw.between(1, 28)), null);
    }
    point("PARK", null, LocalDate.of(2023, 6, 30), null);
  }

  private void point(String category, LocalDate legislative, LocalDate opened, LocalDate closed) {
    Community community = null;
    Street street;
    if (category.equals("COMMUNITY") || (category.equals("INDUSTRY") && draw.chance(0.5))) {
      community = draw.pick(geo.communities());
      String streetCode = community.streetCode();
      street = geo.streets().stream().filter(s -> s.code().equals(streetCode)).findFirst().orElseThrow();
    } else {
      street = draw.pick(geo.streets());
    }
    String place = Geography.uniquePlace(draw, usedNames);
    String name = switch (category) {
      case "COMMUNITY" -> community.name() + place + "人大代表联系点";
      case "ENTERPRISE" -> Names.company(draw, place) + "人大代表联系点";
      case "PARK" -> Names.park(draw, place) + "人大代表联系点";
      case "INDUSTRY" -> place + draw.pick(INDUSTRIES) + "行业协会人大代表联系点";
      default -> place + "商务楼宇人大代表联系点";
    };
    add(Platform.POINT, name, street.code(), community == null ? null : community.code(), category,
        legislative, null, opened, closed);
  }

  private String add(String type, String name, String streetCode, String communityCode, String category,
      LocalDate legislative, LocalDate online, LocalDate opened, LocalDate closed) {
    int number = numberInStreet.merge(type + streetCode, 1, Integer::sum);
    String id = type.charAt(0) + streetCode + (type.equals(Platform.POINT)
        ? String.format("-%03d", number) : String.format("-%02d", number));
    platforms.add(new Platform(id, type, name, streetCode, communityCode, category, legislative, online,
        opened, closed));
    return id;
  }

  private int indexOf(String type, String streetCode) {
    for (int i = 0; i < platforms.size(); i++) {
      if (platforms.get(i).type().equals(type) && platforms.get(i).streetCode().equals(streetCode)) {
        return i;
      }
    }
    throw new IllegalStateException("no " + type + " in " + streetCode);
  }

  private String homeName(Street s) {
    return geo.district(s.districtCode()).name() + s.name() + "人大代表之家";
  }

  private static String stationName(List<Community> served) {
    String first = served.get(0).name();
    return (served.size() == 1 ? first : first.replace("社区", "片区")) + "人大代表联络站";
  }

  /** An opening date before the sample's time: the network was built from 2017 on. */
  private LocalDate old() {
    return draw.dateBetween(LocalDate.of(2017, 6, 1), LocalDate.of(2021, 10, 31));
  }

  private LocalDate online(LocalDate opened) {
    return max(opened, draw.dateBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static double[] equalWeights(int n) {
    double[] w = new double[n];
    Arrays.fill(w, 1.0);
    return w;
  }
}
