package org.npcwh.samples.events;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.io.MonthlyBatches;
import org.npcwh.samples.io.Row;
import org.npcwh.samples.traps.BadRows;
import org.npcwh.samples.world.Deputy;
import org.npcwh.samples.world.Draw;
import org.npcwh.samples.world.Platform;
import org.npcwh.samples.world.SampleCalendar;
import org.npcwh.samples.world.World;

/**
 * Deputies' sessions at open platforms: about two a month at each station, one at each home, now
 * and then at a point; one to five deputies of the platform's station (or of the street's stations
 * for homes and points). An activity is planned a few days ahead, then updated with the residents
 * received and issues collected. From 2023 the liaison platform exports JSON Lines. A scaled world
 * has more platforms, so each platform's rate is multiplied by the scale per city.
 */
public final class ActivityGenerator {
  private static final YearMonth JSON_FROM = YearMonth.of(2023, 1);
  private static final String[] TYPES = {"RECEPTION", "DELIBERATION", "SURVEY", "LEGISLATIVE_CONSULTATION", "OTHER"};

  private final World world;
  private final double scale;
  private final Draw draw;
  private final Map<String, List<Deputy>> byStreet = new LinkedHashMap<>();
  private final List<Reception> receptions = new ArrayList<>();
  private int sequence;

  public ActivityGenerator(World world, double scale, long seed) {
    this.world = world;
    this.scale = scale / world.cities();
    this.draw = new Draw(seed, "activities");
    for (Deputy d : world.deputies().all()) {
      String street = world.network().find(d.platformId()).orElseThrow().streetCode();
      byStreet.computeIfAbsent(street, k -> new ArrayList<>()).add(d);
    }
  }

  /** A RECEPTION activity as held: the deputies' duty registrations refer to it. */
  public record Reception(String activityId, LocalDate heldOn, List<String> deputyIds) {}

  public World world() {
    return world;
  }

  /** The RECEPTION activities written, in the order written. */
  public List<Reception> receptions() {
    return receptions;
  }

  public static FileStyle style(YearMonth month) {
    return month.isBefore(JSON_FROM) ? FileStyle.CSV : FileStyle.JSONL;
  }

  public long write(Landing landing) throws IOException {
    try (MonthlyBatches out = new MonthlyBatches(landing, SourceDataset.ACTIVITIES, ActivityGenerator::style)) {
      for (YearMonth month : SampleCalendar.months()) {
        for (Platform p : world.network().platforms()) {
          int n = draw.scaled(perMonth(p), scale);
          for (int i = 0; i < n; i++) {
            LocalDate day = month.atDay(draw.between(1, month.lengthOfMonth()));
            if (p.openAt(day)) {
              activity(p, day, out);
            }
          }
        }
      }
      BadRows.inject(out);
      return out.rows();
    }
  }

  private void activity(Platform p, LocalDate day, MonthlyBatches out) throws IOException {
    List<Deputy> pool = (p.type().equals(Platform.STATION) ? world.deputies().atPlatform(p.id())
        : byStreet.getOrDefault(p.streetCode(), List.of())).stream().filter(d -> d.servingAt(day)).toList();
    if (pool.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>();
    int wanted = Math.min(pool.size(), draw.between(1, 5));
    while (ids.size() < wanted) {
      String id = draw.pick(pool).id();
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    ids.sort(String::compareTo);
    String type = TYPES[draw.weighted(50, 20, 15, p.legislativeAt(day) ? 10 : 0, 5)];
    Row planned = Row.of(SourceDataset.ACTIVITIES)
        .set("activity_id", String.format("AC%07d", ++sequence))
        .set("platform_id", p.id())
        .set("activity_type", type)
        .set("held_on", day)
        .set("deputy_ids", ids)
        .set("updated_at", draw.timeOn(day.minusDays(draw.between(3, 10)), 9, 18));
    int residents = draw.between(0, 40);
    Row held = planned.copy()
        .set("residents_received", residents)
        .set("issues_collected", draw.between(0, Math.min(residents, 12)))
        .set("updated_at", draw.timeOn(day.plusDays(draw.between(0, 5)), 17, 23));
    out.emit(List.of(planned, held));
    if (type.equals("RECEPTION")) {
      receptions.add(new Reception(planned.text("activity_id"), day, ids));
    }
  }

  private static double perMonth(Platform p) {
    return switch (p.type()) {
      case Platform.STATION -> 2.0;
      case Platform.HOME -> 1.0;
      default -> p.legislativeSince() != null ? 0.5 : 0.15;
    };
  }
}
