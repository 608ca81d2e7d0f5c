package org.npcwh.samples.events;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.io.MonthlyBatches;
import org.npcwh.samples.io.Row;
import org.npcwh.samples.traps.BadRows;
import org.npcwh.samples.world.Departments.Department;
import org.npcwh.samples.world.Deputy;
import org.npcwh.samples.world.Draw;
import org.npcwh.samples.world.Names;
import org.npcwh.samples.world.Platform;
import org.npcwh.samples.world.SampleCalendar;
import org.npcwh.samples.world.World;

/**
 * Residents' messages at online stations (15–40 a day, times the scale) and 代表联系函 letters: a
 * message is assigned to a deputy of its station within hours, answered within days, sometimes
 * forwarded to a department as a letter; deputies also write letters of their own. Departments
 * answer in 5–31 days, some later, a few never; most answers are rated.
 */
public final class MessageGenerator {
  /** Letters sent in this month and answered later are delivered again, out of order, in a later batch. */
  static final YearMonth RESENT_MONTH = YearMonth.of(2022, 10);
  private static final int RESENT_LETTERS = 40;
  private static final String[] RATINGS = {"SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"};

  private final World world;
  private final double scale;
  private final Draw draw;
  private final List<Platform> stations;
  private final List<Row> resent = new ArrayList<>();
  private int letterSequence;

  public MessageGenerator(World world, double scale, long seed) {
    this.world = world;
    this.scale = scale;
    this.draw = new Draw(seed, "messages");
    this.stations = world.network().ofType(Platform.STATION);
  }

  /** Legacy GB18030 exports in early 2022, one batch with a BOM, UTF-8 otherwise. */
  public static FileStyle messageStyle(YearMonth month) {
    if (month.isBefore(YearMonth.of(2022, 4))) {
      return FileStyle.CSV_GB18030;
    }
    return month.equals(YearMonth.of(2022, 10)) ? FileStyle.CSV_BOM : FileStyle.CSV;
  }

  /** Returns the rows written: messages, letters. */
  public long[] write(Landing landing) throws IOException {
    try (MonthlyBatches messages = new MonthlyBatches(landing, SourceDataset.MESSAGES, MessageGenerator::messageStyle);
        MonthlyBatches letters = new MonthlyBatches(landing, SourceDataset.LETTERS, m -> FileStyle.CSV_BOM)) {
      for (LocalDate day : SampleCalendar.days()) {
        int n = draw.scaled(draw.between(15, 40), scale);
        for (int i = 1; i <= n; i++) {
          message(String.format("MS%s%04d", day.toString().replace("-", ""), i), day, messages, letters);
        }
        int direct = draw.scaled(1.5, scale);
        for (int i = 0; i < direct; i++) {
          Deputy d = draw.pick(world.deputies().all());
          if (d.servingAt(day)) {
            String topic = draw.pick(Texts.CATEGORIES)[1];
            letter(d, department(topic, d.districtCode()), null, draw.timeOn(day, 9, 20), letters);
          }
        }
      }
      BadRows.inject(messages);
      BadRows.inject(letters);
      return new long[] {messages.rows(), letters.rows()};
    }
  }

  /** First versions of letters sent in October 2022 and changed later: the out-of-order delivery. */
  public List<Row> resentLetters() {
    return List.copyOf(resent);
  }

  private void message(String id, LocalDate day, MonthlyBatches messages, MonthlyBatches letters)
      throws IOException {
    Platform station = onlineStation(day);
    String[] category = draw.pick(Texts.CATEGORIES);
    LocalDateTime submitted = draw.timeOn(day, 7, 24);
    Row v = Row.of(SourceDataset.MESSAGES)
        .set("message_id", id)
        .set("platform_id", station.id())
        .set("submitted_at", submitted)
        .set("citizen_name", citizen())
        .set("citizen_phone", Names.mobile(draw))
        .set("category", category[0])
        .set("content", Texts.message(draw, category[0]))
        .set("status", "OPEN")
        .set("updated_at", submitted);
    List<Row> versions = new ArrayList<>(List.of(v));
    Deputy deputy = deputyFor(station, day);
    LocalDateTime assigned = submitted.plusMinutes(draw.between(60, 1200));
    versions.add(v = v.copy().set("deputy_id", deputy.id()).set("updated_at", assigned));
    if (draw.chance(0.96)) {
      LocalDateTime responded = assigned.plusMinutes(draw.between(120, 8640));
      versions.add(v = v.copy().set("responded_at", responded).set("status", "RESPONDED").set("updated_at", responded));
      LocalDateTime closed;
      if (draw.chance(0.13)) {
        LocalDateTime sent = responded.plusMinutes(draw.between(60, 4320));
        Department dept = department(category[1], station.districtCode());
        Row letter = letter(deputy, dept, id, sent, letters);
        versions.add(v = v.copy().set("letter_id", letter.get("letter_id")).set("status", "FORWARDED")
            .set("updated_at", sent));
        LocalDateTime answered = (LocalDateTime) letter.get("answered_at");
        closed = answered == null ? null : answered.plusMinutes(draw.between(1440, 4320));
      } else {
        closed = draw.chance(0.6) ? responded.plusMinutes(draw.between(1440, 14400)) : null;
      }
      if (closed != null) {
        versions.add(v.copy().set("status", "CLOSED").set("updated_at", closed));
      }
    }
    messages.emit(versions);
  }

  /** Writes a letter's versions; returns its last version (answered_at set if ever answered). */
  private Row letter(Deputy deputy, Department dept, String messageId, LocalDateTime sent, MonthlyBatches out)
      throws IOException {
    Row v = Row.of(SourceDataset.LETTERS)
        .set("letter_id", String.format("LT%07d", ++letterSequence))
        .set("deputy_id", deputy.id())
        .set("department_code", dept.code())
        .set("message_id", messageId)
        .set("sent_at", sent)
        .set("updated_at", sent);
    List<Row> versions = new ArrayList<>(List.of(v));
    double r = draw.unit();
    if (r >= 0.05) {
      int days = r < 0.15 ? draw.between(32, 60) : draw.between(5, 31);
      LocalDateTime answered = draw.timeOn(sent.toLocalDate().plusDays(days), 9, 18);
      versions.add(v = v.copy().set("answered_at", answered).set("updated_at", answered));
      if (draw.chance(0.85)) {
        LocalDateTime rated = draw.timeOn(answered.toLocalDate().plusDays(draw.between(2, 15)), 9, 20);
        versions.add(v = v.copy().set("satisfaction", RATINGS[draw.weighted(60, 30, 10)]).set("updated_at", rated));
      }
    }
    if (YearMonth.from(sent).equals(RESENT_MONTH) && versions.size() > 1
        && !YearMonth.from(versions.get(1).updatedAt()).equals(RESENT_MONTH) && resent.size() < RESENT_LETTERS) {
      resent.add(versions.get(0));
    }
    out.emit(versions);
    return v;
  }

  private Department department(String topic, String districtCode) {
    List<Department> bureaus = world.departments().forTopic(topic);
    return draw.chance(0.5) || bureaus.isEmpty() ? world.departments().ofDistrict(districtCode) : draw.pick(bureaus);
  }

  private Platform onlineStation(LocalDate day) {
    Platform p = draw.pick(stations);
    while (!p.onlineAt(day)) {
      p = draw.pick(stations);
    }
    return p;
  }

  private Deputy deputyFor(Platform station, LocalDate day) {
    List<Deputy> here = world.deputies().atPlatform(station.id()).stream().filter(d -> d.servingAt(day)).toList();
    if (!here.isEmpty()) {
      return draw.pick(here);
    }
    Deputy d = draw.pick(world.deputies().all());
    while (!d.servingAt(day) || !d.districtCode().equals(station.districtCode())) {
      d = draw.pick(world.deputies().all());
    }
    return d;
  }

  /** Most residents give their full name; some only a surname (张**). */
  private String citizen() {
    String name = Names.person(draw);
    return draw.chance(0.15) ? name.charAt(0) + "**" : name;
  }
}
