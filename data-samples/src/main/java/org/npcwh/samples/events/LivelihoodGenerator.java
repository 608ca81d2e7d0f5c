package org.npcwh.samples.events;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.io.MonthlyBatches;
import org.npcwh.samples.io.Row;
import org.npcwh.samples.traps.BadRows;
import org.npcwh.samples.world.Departments.Department;
import org.npcwh.samples.world.Draw;
import org.npcwh.samples.world.Geography;
import org.npcwh.samples.world.World;

/**
 * 民生实事 voted at each January session: every year 12 city candidates of which exactly the 10 with
 * most votes are selected, 8 candidates and 5 selected per district. Selected projects report
 * progress monthly until done, then a satisfaction score. Not scaled: the vote counts are calibrated;
 * a scaled world has more districts, each with its own vote. Community micro projects (民生微实事) are
 * events and scaled: 12,500 candidates a year at scale 1, of which exactly 10,000 are selected (the
 * published 80,000 of 2015–2022 is about 10,000 a year); being small, they are done within a few
 * months, reported halfway and when done. The livelihood system exports JSON Lines.
 */
public final class LivelihoodGenerator {
  public static final int CITY_CANDIDATES = 12;
  public static final int CITY_SELECTED = 10;
  private static final int DISTRICT_CANDIDATES = 8;
  private static final int DISTRICT_SELECTED = 5;
  public static final int MICRO_SELECTED = 10_000;
  private static final int MICRO_CANDIDATES = 12_500;

  private final World world;
  private final double scale;
  private final Draw draw;

  public LivelihoodGenerator(World world, double scale, long seed) {
    this.world = world;
    this.scale = scale;
    this.draw = new Draw(seed, "livelihood");
  }

  public long write(Landing landing) throws IOException {
    try (MonthlyBatches out = new MonthlyBatches(landing, SourceDataset.LIVELIHOOD_PROJECTS, m -> FileStyle.JSONL)) {
      year(2022, LocalDate.of(2022, 1, 20), out);
      year(2023, LocalDate.of(2023, 1, 11), out);
      BadRows.inject(out);
      return out.rows();
    }
  }

  private void year(int year, LocalDate voted, MonthlyBatches out) throws IOException {
    List<Department> bureaus = world.departments().municipal();
    vote(candidates(year, "CITY", null, "深圳市", CITY_CANDIDATES, bureaus), CITY_SELECTED, 420, voted, out);
    for (Geography.District d : world.geography().districts()) {
      List<Department> dept = List.of(world.departments().ofDistrict(d.code()));
      vote(candidates(year, "DISTRICT", d.code(), d.name(), DISTRICT_CANDIDATES, dept), DISTRICT_SELECTED, 160,
          voted.plusDays(draw.between(1, 9)), out);
    }
    List<Row> micro = new ArrayList<>();
    int candidates = (int) Math.round(MICRO_CANDIDATES * scale);
    for (int i = 0; i < candidates; i++) {
      Geography.Community c = draw.pick(world.geography().communities());
      String district = c.code().substring(0, 6);
      micro.add(Row.of(SourceDataset.LIVELIHOOD_PROJECTS)
          .set("project_id", String.format("LP%dM%06d", year, i + 1))
          .set("level", "COMMUNITY")
          .set("district_code", district)
          .set("year", year)
          .set("title", Texts.project(draw, c.name()))
          .set("department_code", world.departments().ofDistrict(district).code())
          .set("budget_wan", BigDecimal.valueOf(draw.between(500, 20_000), 2))
          .set("progress_pct", 0));
    }
    vote(micro, (int) Math.round(MICRO_SELECTED * scale), 60, voted.plusDays(draw.between(10, 30)), out);
  }

  private List<Row> candidates(int year, String level, String district, String where, int n, List<Department> depts) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = level.equals("CITY") ? String.format("LP%dC%02d", year, i + 1)
          : String.format("LP%dD%s-%02d", year, district, i + 1);
      rows.add(Row.of(SourceDataset.LIVELIHOOD_PROJECTS)
          .set("project_id", id)
          .set("level", level)
          .set("district_code", district)
          .set("year", year)
          .set("title", Texts.project(draw, where))
          .set("department_code", draw.pick(depts).code())
          .set("budget_wan", BigDecimal.valueOf(draw.between(5_000, 5_000_000), 2))
          .set("progress_pct", 0));
    }
    return rows;
  }

  /** Exactly {@code selected} candidates win: those with most votes (ties broken by id). */
  private void vote(List<Row> candidates, int selected, int cast, LocalDate voted, MonthlyBatches out)
      throws IOException {
    for (Row c : candidates) {
      c.set("votes_cast", cast).set("votes_for", draw.between(cast / 3, cast));
    }
    List<Row> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparing((Row r) -> -(Integer) r.get("votes_for")).thenComparing(r -> r.text("project_id")));
    for (int i = 0; i < ranked.size(); i++) {
      ranked.get(i).set("selected", i < selected).set("updated_at", draw.timeOn(voted, 15, 18));
    }
    for (Row c : candidates) {
      boolean micro = c.get("level").equals("COMMUNITY");
      out.emit(!Boolean.TRUE.equals(c.get("selected")) ? List.of(c) : micro ? quick(c, voted) : progress(c, voted));
    }
  }

  /** A micro project: done within 2 to 8 months, reported halfway and when done, then tested. */
  private List<Row> quick(Row start, LocalDate voted) {
    int months = draw.between(2, 8);
    Row half = start.copy().set("progress_pct", 50)
        .set("updated_at", draw.timeOn(YearMonth.from(voted).plusMonths(months / 2 + 1).atDay(draw.between(1, 28)), 9, 18));
    LocalDate doneOn = YearMonth.from(voted).plusMonths(months + 1).atDay(draw.between(1, 28));
    Row done = half.copy().set("progress_pct", 100).set("updated_at", draw.timeOn(doneOn, 9, 18));
    Row tested = done.copy().set("satisfaction_score", BigDecimal.valueOf(draw.between(780, 985), 1))
        .set("updated_at", draw.timeOn(doneOn.plusDays(draw.between(20, 40)), 9, 18));
    return List.of(start, half, done, tested);
  }

  /** Monthly progress reports until done (6–16 months), then satisfaction testing; some stall at 80–95%. */
  private List<Row> progress(Row start, LocalDate voted) {
    List<Row> versions = new ArrayList<>(List.of(start));
    int months = draw.between(6, 16);
    int stallAt = draw.chance(0.15) ? draw.between(80, 95) : 100;
    Row v = start;
    for (int m = 1; m <= months + 2; m++) {
      int pct = Math.min(stallAt, 100 * m / months);
      LocalDate report = YearMonth.from(voted).plusMonths(m).atDay(draw.between(20, 28));
      v = v.copy().set("progress_pct", pct).set("updated_at", draw.timeOn(report, 9, 18));
      if (pct == 100 && m > months) {
        v.set("satisfaction_score", BigDecimal.valueOf(draw.between(780, 985), 1));
      }
      versions.add(v);
    }
    return versions;
  }
}
