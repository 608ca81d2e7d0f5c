package org.npcwh.samples.events;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.io.MonthlyBatches;
import org.npcwh.samples.io.Row;
import org.npcwh.samples.traps.BadRows;
import org.npcwh.samples.world.Deputy;
import org.npcwh.samples.world.Draw;
import org.npcwh.samples.world.SampleCalendar;
import org.npcwh.samples.world.World;

/**
 * Online duty: about 900 serving deputies a day (times the scale, at most 90% of those serving),
 * each at the station where they receive residents. The roster is published the evening before, so
 * the roster of a month's first day arrives with the previous month's batch. Each batch holds two
 * files, the month's first and second half.
 */
public final class DutyRosterGenerator {
  public static final int DEPUTIES_PER_DAY = 900;

  private final World world;
  private final double scale;
  private final Draw draw;

  public DutyRosterGenerator(World world, double scale, long seed) {
    this.world = world;
    this.scale = scale;
    this.draw = new Draw(seed, "duty_roster");
  }

  public long write(Landing landing) throws IOException {
    try (MonthlyBatches out = new MonthlyBatches(landing, SourceDataset.DUTY_ROSTER, m -> FileStyle.CSV,
        DutyRosterGenerator::half)) {
      List<Deputy> deputies = world.deputies().all();
      for (LocalDate day : SampleCalendar.days()) {
        int[] serving = servingAt(deputies, day);
        int wanted = draw.scaled(DEPUTIES_PER_DAY + draw.between(-15, 15), scale);
        int[] picked = draw.sample(serving, Math.min(wanted, serving.length * 9 / 10));
        Arrays.sort(picked);
        for (int i : picked) {
          Deputy d = deputies.get(i);
          out.emit(Row.of(SourceDataset.DUTY_ROSTER)
              .set("deputy_id", d.id())
              .set("duty_date", day)
              .set("platform_id", d.platformId())
              .set("updated_at", draw.timeOn(day.minusDays(1), 17, 22)));
        }
      }
      BadRows.inject(out);
      return out.rows();
    }
  }

  private static int[] servingAt(List<Deputy> deputies, LocalDate day) {
    int[] all = new int[deputies.size()];
    int n = 0;
    for (int i = 0; i < all.length; i++) {
      if (deputies.get(i).servingAt(day)) {
        all[n++] = i;
      }
    }
    return Arrays.copyOf(all, n);
  }

  private static String half(Row row) {
    Object date = row.get("duty_date");
    boolean second = date instanceof LocalDate d && d.getDayOfMonth() > 15;
    return SourceDataset.DUTY_ROSTER.datasetName() + (second ? "-2" : "-1");
  }
}
