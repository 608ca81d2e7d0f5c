package org.npcwh.samples.events;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.io.MonthlyBatches;
import org.npcwh.samples.io.Row;
import org.npcwh.samples.traps.BadRows;
import org.npcwh.samples.world.Allocation;
import org.npcwh.samples.world.Draw;
import org.npcwh.samples.world.Platform;
import org.npcwh.samples.world.SampleCalendar;
import org.npcwh.samples.world.World;

/**
 * Drafts and the opinions legislative contact points send on them. Calibration: in 2022 exactly
 * {@code round(5110 × scale)} opinions on exactly 39 drafts (each at least one). Opinions are
 * decided 2–13 weeks after the window closes; a few stay pending. The December 2022 batch of
 * opinions comes as JSON Lines.
 */
public final class LegislationGenerator {
  public static final int OPINIONS_IN_2022 = 5110;
  private static final LocalDate YEAR_END_2022 = LocalDate.of(2022, 12, 31);
  /** No opinion arrives over the new-year holiday. */
  private static final LocalDate FIRST_OPINION_DAY_2023 = LocalDate.of(2023, 1, 3);
  private static final double OPINIONS_PER_DAY_2023 = 4.5;
  private static final String[] ADOPTIONS = {"ADOPTED", "PARTIALLY_ADOPTED", "NOT_ADOPTED"};

  private final double scale;
  private final Draw draw;
  private final List<Platform> legislative;
  private final List<Drafts.Draft> drafts;
  private int sequence;

  public LegislationGenerator(World world, double scale, long seed) {
    this.scale = scale;
    this.draw = new Draw(seed, "legislation");
    this.legislative = world.network().legislativePoints();
    this.drafts = Drafts.build(draw);
  }

  public static FileStyle opinionStyle(YearMonth month) {
    return month.equals(YearMonth.of(2022, 12)) ? FileStyle.JSONL : FileStyle.CSV;
  }

  /** Returns the rows written: drafts, opinions. */
  public long[] write(Landing landing) throws IOException {
    try (MonthlyBatches draftOut = new MonthlyBatches(landing, SourceDataset.DRAFTS, m -> FileStyle.CSV);
        MonthlyBatches opinionOut = new MonthlyBatches(landing, SourceDataset.OPINIONS,
            LegislationGenerator::opinionStyle)) {
      int[] in2022 = allocate2022(drafts.subList(0, Drafts.WITH_OPINIONS_IN_2022));
      for (int i = 0; i < drafts.size(); i++) {
        Drafts.Draft d = drafts.get(i);
        draftOut.emit(draftVersions(d));
        if (i < in2022.length) {
          opinions(d, max(d.opensOn(), SampleCalendar.FIRST_DAY), min(d.closesOn(), YEAR_END_2022), in2022[i],
              opinionOut);
        }
        LocalDate from2023 = max(d.opensOn(), FIRST_OPINION_DAY_2023);
        LocalDate to2023 = min(d.closesOn(), SampleCalendar.LAST_DAY);
        if (!d.kind().equals("OTHER") && !from2023.isAfter(to2023)) {
          int n = draw.scaled(OPINIONS_PER_DAY_2023 * (ChronoUnit.DAYS.between(from2023, to2023) + 1), scale);
          opinions(d, from2023, to2023, n, opinionOut);
        }
      }
      BadRows.inject(draftOut);
      BadRows.inject(opinionOut);
      return new long[] {draftOut.rows(), opinionOut.rows()};
    }
  }

  /** Extra opinions of December 2022, for the batch whose extraction never finished. */
  public List<Row> unfinishedOpinions(int n) {
    Drafts.Draft d = drafts.get(Drafts.WITH_OPINIONS_IN_2022 - 1);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate day = draw.dateBetween(LocalDate.of(2022, 12, 20), YEAR_END_2022);
      out.add(opinionVersions(d, day).get(0).set("opinion_id", String.format("OP%07d", 8_000_000 + i)));
    }
    return out;
  }

  private int[] allocate2022(List<Drafts.Draft> drafts) {
    double[] weights = new double[drafts.size()];
    for (int i = 0; i < weights.length; i++) {
      Drafts.Draft d = drafts.get(i);
      long days = ChronoUnit.DAYS.between(max(d.opensOn(), SampleCalendar.FIRST_DAY), min(d.closesOn(), YEAR_END_2022));
      weights[i] = (days + 1) * (0.4 + 1.2 * draw.unit());
    }
    int total = Math.max(drafts.size(), (int) Math.round(OPINIONS_IN_2022 * scale));
    return Allocation.spread(total, weights, 1);
  }

  private void opinions(Drafts.Draft d, LocalDate from, LocalDate to, int n, MonthlyBatches out) throws IOException {
    for (int k = 0; k < n; k++) {
      out.emit(opinionVersions(d, draw.dateBetween(from, to)));
    }
  }

  private List<Row> opinionVersions(Drafts.Draft d, LocalDate day) {
    Platform point = draw.pick(legislative);
    while (!point.legislativeAt(day)) {
      point = draw.pick(legislative);
    }
    Row pending = Row.of(SourceDataset.OPINIONS)
        .set("opinion_id", String.format("OP%07d", ++sequence))
        .set("draft_id", d.id())
        .set("platform_id", point.id())
        .set("submitted_on", day)
        .set("article", Texts.article(draw))
        .set("opinion_text", Texts.opinion(draw))
        .set("adoption", "PENDING")
        .set("updated_at", draw.timeOn(day, 8, 22));
    if (draw.chance(0.12)) {
      return List.of(pending);
    }
    LocalDate decided = d.closesOn().plusDays(draw.between(15, 90));
    Row decision = pending.copy()
        .set("adoption", ADOPTIONS[draw.weighted(22, 18, 60)])
        .set("decided_on", decided)
        .set("updated_at", draw.timeOn(decided, 16, 20));
    return List.of(pending, decision);
  }

  private List<Row> draftVersions(Drafts.Draft d) {
    Row v = Row.of(SourceDataset.DRAFTS)
        .set("draft_id", d.id())
        .set("title", d.title())
        .set("kind", d.kind())
        .set("stage", d.stage())
        .set("solicitation_opens_on", d.opensOn())
        .set("solicitation_closes_on", d.closesOn())
        .set("updated_at", draw.timeOn(d.opensOn().minusDays(draw.between(3, 10)), 9, 18));
    if (d.kind().equals("OTHER") || draw.chance(0.6)) {
      return List.of(v);
    }
    Row moved = v.copy().set("stage", "EVALUATION")
        .set("updated_at", draw.timeOn(d.closesOn().plusDays(draw.between(30, 90)), 9, 18));
    return List.of(v, moved);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
