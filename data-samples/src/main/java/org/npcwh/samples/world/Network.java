package org.npcwh.samples.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.Row;

/** The home–station–point network with its whole history, and the stations' community coverage. */
public final class Network {
  private final List<Platform> platforms;
  private final Map<String, List<String>> coverage;
  private final Map<String, Platform> byId = new LinkedHashMap<>();

  Network(List<Platform> platforms, Map<String, List<String>> coverage) {
    this.platforms = List.copyOf(platforms);
    this.coverage = coverage;
    platforms.forEach(p -> byId.put(p.id(), p));
  }

  public static Network build(Geography geo, Draw draw) {
    return new NetworkBuilder(geo, draw).build();
  }

  /** The cities' networks as one, platforms in id order (ids hold street codes, so they never clash). */
  public static Network union(List<Network> cities) {
    List<Platform> platforms = new ArrayList<>();
    Map<String, List<String>> coverage = new LinkedHashMap<>();
    for (Network n : cities) {
      platforms.addAll(n.platforms);
      coverage.putAll(n.coverage);
    }
    platforms.sort(Comparator.comparing(Platform::id));
    return new Network(platforms, coverage);
  }

  /** Every platform ever opened, in id order. */
  public List<Platform> platforms() {
    return platforms;
  }

  public List<Platform> ofType(String type) {
    return platforms.stream().filter(p -> p.type().equals(type)).toList();
  }

  public Optional<Platform> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Platforms that were ever legislative contact points. */
  public List<Platform> legislativePoints() {
    return platforms.stream().filter(p -> p.legislativeSince() != null).toList();
  }

  /** The platforms table as a snapshot extracted early on {@code snapshotDay} shows it. */
  public List<Row> platformRows(LocalDate snapshotDay) {
    return platforms.stream().filter(p -> p.knownAt(snapshotDay)).map(p -> p.row(snapshotDay)).toList();
  }

  /** The coverage of the stations that snapshot knows. */
  public List<Row> coverageRows(LocalDate snapshotDay) {
    List<Row> rows = new ArrayList<>();
    for (Platform p : platforms) {
      if (p.knownAt(snapshotDay) && coverage.containsKey(p.id())) {
        for (String community : coverage.get(p.id())) {
          rows.add(Row.of(SourceDataset.PLATFORM_COVERAGE)
              .set("platform_id", p.id())
              .set("community_code", community));
        }
      }
    }
    return rows;
  }
}
