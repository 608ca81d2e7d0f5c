package org.npcwh.samples.world;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.Row;

/**
 * 联络站保障: one {@code station_resources} row per station and year, 2019 to 2023, for every station
 * open during the year. 2019 is calibrated per city to the published figures (198 full-time and 249
 * part-time liaison staff over the stations, funding 1 万元 a station on average, exactly); later years
 * staff more stations and fund them a little better. A year's row is known from the year's first
 * snapshot once the station is known.
 */
public final class StationSupport {
  private static final int FIRST_YEAR = 2019;
  private static final int LAST_YEAR = 2023;
  static final int FULLTIME_2019 = 198;
  static final int PARTTIME_2019 = 249;

  private final List<Row> rows = new ArrayList<>();
  private final Network network;

  public StationSupport(Network network, Draw draw) {
    this.network = network;
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      Map<String, List<Platform>> byCity = new LinkedHashMap<>();
      for (Platform p : network.ofType(Platform.STATION)) {
        if (openDuring(p, year)) {
          byCity.computeIfAbsent(p.streetCode().substring(0, 4), k -> new ArrayList<>()).add(p);
        }
      }
      for (List<Platform> stations : byCity.values()) {
        year(year, stations, draw);
      }
    }
  }

  private void year(int year, List<Platform> stations, Draw draw) {
    int n = stations.size();
    int[] fulltime = new int[n];
    int[] parttime = new int[n];
    int[] fundingTenths = new int[n];
    if (year == FIRST_YEAR) {
      fulltime = Allocation.spread(FULLTIME_2019, weights(n, draw), 0);
      parttime = Allocation.spread(PARTTIME_2019, weights(n, draw), 0);
      fundingTenths = Allocation.spread(10 * n, weights(n, draw), 5);
    } else {
      double staffed = 0.80 + 0.04 * (year - FIRST_YEAR);
      for (int i = 0; i < n; i++) {
        fulltime[i] = draw.chance(staffed) ? draw.between(1, draw.chance(0.1) ? 2 : 1) : 0;
        parttime[i] = draw.between(0, 2);
        fundingTenths[i] = draw.between(6, 12 + (year - FIRST_YEAR));
      }
    }
    for (int i = 0; i < n; i++) {
      rows.add(Row.of(SourceDataset.STATION_RESOURCES)
          .set("platform_id", stations.get(i).id())
          .set("year", year)
          .set("fulltime_liaisons", fulltime[i])
          .set("parttime_liaisons", parttime[i])
          .set("volunteer_monitors", draw.between(2, 15))
          .set("funding_wan", BigDecimal.valueOf(fundingTenths[i], 1)));
    }
  }

  private static double[] weights(int n, Draw draw) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 0.5 + draw.unit();
    }
    return w;
  }

  private static boolean openDuring(Platform p, int year) {
    return p.openedOn().getYear() <= year && (p.closedOn() == null || p.closedOn().getYear() >= year);
  }

  /** The rows a snapshot extracted early on {@code day} holds. */
  public List<Row> rows(LocalDate day) {
    return rows.stream().filter(r -> (Integer) r.get("year") <= day.getYear()
        && network.find(r.text("platform_id")).orElseThrow().knownAt(day)).toList();
  }
}
