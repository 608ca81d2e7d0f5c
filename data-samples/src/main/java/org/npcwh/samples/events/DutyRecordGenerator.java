package org.npcwh.samples.events;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.npcwh.samples.world.World;

/**
 * 一人一档: every duty a deputy registers. Receptions first come from the RECEPTION activities the
 * deputy took part in (naming the activity); most deputies aim at 4 to 10 receptions a year and
 * register the missing ones at their home or online, about one in eight does fewer than 4. Oversight
 * attendance names the session, group work the group activity; congress sessions, committee
 * attendance, surveys, training, micro-project oversight and other duties are drawn per deputy and
 * year (the busiest pass the caps of receptions and other duties). A record is registered within
 * days and now and then corrected later. From 2023 the registration system exports JSON Lines. The
 * drawn duties are scaled per city as the activities are.
 */
public final class DutyRecordGenerator {
  private static final YearMonth JSON_FROM = YearMonth.of(2023, 1);
  /** Opening day of each level's annual congress session, 2022 and 2023. */
  private static final Map<String, LocalDate[]> SESSIONS = Map.of(
      "NATIONAL", new LocalDate[] {LocalDate.of(2022, 3, 5), LocalDate.of(2023, 3, 5)},
      "PROVINCIAL", new LocalDate[] {LocalDate.of(2022, 1, 20), LocalDate.of(2023, 1, 12)},
      "MUNICIPAL", new LocalDate[] {LocalDate.of(2022, 1, 18), LocalDate.of(2023, 1, 9)},
      "DISTRICT", new LocalDate[] {LocalDate.of(2022, 1, 6), LocalDate.of(2023, 1, 5)});

  private final World world;
  private final double scale;
  private final Draw draw;
  private final Map<String, List<Duty>> linked = new HashMap<>();
  private MonthlyBatches out;
  private int seq;

  /** A duty known from another dataset: its type, day and the row it belongs to. */
  private record Duty(String type, LocalDate on, String sourceRef) {}

  public DutyRecordGenerator(World world, double scale, long seed, List<ActivityGenerator.Reception> receptions,
      List<OversightGenerator.Session> sessions, List<GroupOutputGenerator.Activity> groupActivities) {
    this.world = world;
    this.scale = scale / world.cities();
    this.draw = new Draw(seed, "duty-records");
    for (ActivityGenerator.Reception r : receptions) {
      r.deputyIds().forEach(id -> link(id, new Duty("RECEPTION", r.heldOn(), r.activityId())));
    }
    for (OversightGenerator.Session s : sessions) {
      s.attending().forEach(d -> link(d.id(), new Duty("OVERSIGHT", s.heldOn(), s.id())));
    }
    Map<String, List<Deputy>> members = new HashMap<>();
    world.deputies().all().stream().filter(d -> d.professionalGroup() != null)
        .forEach(d -> members.computeIfAbsent(d.professionalGroup(), k -> new ArrayList<>()).add(d));
    for (GroupOutputGenerator.Activity a : groupActivities) {
      List<Deputy> serving = members.getOrDefault(a.groupCode(), List.of()).stream()
          .filter(d -> d.servingAt(a.deliveredOn())).toList();
      for (int k = Math.min(serving.size(), draw.between(3, 8)); k > 0; k--) {
        link(draw.pick(serving).id(), new Duty("GROUP_WORK", a.deliveredOn(), a.outputId()));
      }
    }
  }

  public static FileStyle style(YearMonth month) {
    return month.isBefore(JSON_FROM) ? FileStyle.CSV : FileStyle.JSONL;
  }

  public long write(Landing landing) throws IOException {
    try (MonthlyBatches batches = new MonthlyBatches(landing, SourceDataset.DUTY_RECORDS, DutyRecordGenerator::style)) {
      out = batches;
      for (Deputy d : world.deputies().all()) {
        for (Duty duty : linked.getOrDefault(d.id(), List.of())) {
          record(d, duty);
        }
        for (int year = 2022; year <= 2023; year++) {
          drawnDuties(d, year);
        }
      }
      BadRows.inject(batches);
      return batches.rows();
    }
  }

  private void drawnDuties(Deputy d, int year) throws IOException {
    LocalDate from = max(d.termStart(), LocalDate.of(year, 1, 1));
    LocalDate to = d.termEnd() == null || d.termEnd().getYear() > year ? LocalDate.of(year, 12, 31) : d.termEnd();
    if (to.isBefore(from)) {
      return;
    }
    LocalDate session = SESSIONS.get(d.level())[year - 2022];
    if (d.servingAt(session) && draw.chance(Math.min(1, scale))) {
      record(d, new Duty("SESSION", session, null));
    }
    int year0 = year;
    long linkedReceptions = linked.getOrDefault(d.id(), List.of()).stream()
        .filter(x -> x.type().equals("RECEPTION") && x.on().getYear() == year0).count();
    int aim = draw.chance(0.12) ? draw.between(0, 3) : draw.between(4, 10);
    drawn(d, "RECEPTION", Math.max(0, aim - linkedReceptions), from, to);
    boolean local = d.level().equals("MUNICIPAL") || d.level().equals("DISTRICT");
    drawn(d, "COMMITTEE_ATTENDANCE", local ? draw.between(0, 3) : 0, from, to);
    drawn(d, "SURVEY", draw.between(1, 4), from, to);
    drawn(d, "TRAINING", draw.between(0, 2), from, to);
    drawn(d, "MICRO_PROJECT", d.level().equals("DISTRICT") ? draw.between(0, 2) : 0, from, to);
    drawn(d, "OTHER", draw.between(0, 8), from, to);
  }

  private void drawn(Deputy d, String type, long n, LocalDate from, LocalDate to) throws IOException {
    for (int k = draw.scaled(n, scale); k > 0; k--) {
      record(d, new Duty(type, draw.dateBetween(from, to), null));
    }
  }

  private void record(Deputy d, Duty duty) throws IOException {
    Row r = Row.of(SourceDataset.DUTY_RECORDS)
        .set("record_id", String.format("DR%08d", ++seq))
        .set("deputy_id", d.id())
        .set("duty_type", duty.type())
        .set("occurred_on", duty.on())
        .set("hours", draw.chance(0.1) ? null : BigDecimal.valueOf(draw.between(1, 8) * 5L, 1))
        .set("source_ref", duty.sourceRef())
        .set("updated_at", draw.timeOn(duty.on().plusDays(draw.between(0, 10)), 8, 22));
    if (draw.chance(0.05)) {
      LocalDate fixed = duty.on().plusDays(draw.between(11, 40));
      out.emit(List.of(r, r.copy().set("hours", BigDecimal.valueOf(draw.between(1, 8) * 5L, 1))
          .set("updated_at", draw.timeOn(fixed, 8, 22))));
    } else {
      out.emit(r);
    }
  }

  private void link(String deputyId, Duty duty) {
    linked.computeIfAbsent(deputyId, k -> new ArrayList<>()).add(duty);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
