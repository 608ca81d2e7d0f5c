package org.npcwh.samples.events;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.io.MonthlyBatches;
import org.npcwh.samples.io.Row;
import org.npcwh.samples.traps.BadRows;
import org.npcwh.samples.world.Draw;
import org.npcwh.samples.world.Geography;
import org.npcwh.samples.world.World;

/**
 * 街道选民代表会议: most streets hold their meeting early in the year to vote on livelihood items, some
 * hold a second one in the autumn, a few hold none in a year. Items are proposed before the meeting
 * (the first version carries them); some proposed are not put to
 * the vote, and about half of those voted are selected. The street work committees exported GB18030
 * until the end of 2022. Not scaled: one meeting a street, whatever the scale.
 */
public final class VoterMeetingGenerator {
  private static final YearMonth UTF8_FROM = YearMonth.of(2023, 1);

  private final World world;
  private final Draw draw;
  private MonthlyBatches out;
  private int seq;

  public VoterMeetingGenerator(World world, long seed) {
    this.world = world;
    this.draw = new Draw(seed, "voter-meetings");
  }

  public static FileStyle style(YearMonth month) {
    return month.isBefore(UTF8_FROM) ? FileStyle.CSV_GB18030 : FileStyle.CSV;
  }

  public long write(Landing landing) throws IOException {
    try (MonthlyBatches batches = new MonthlyBatches(landing, SourceDataset.VOTER_MEETINGS,
        VoterMeetingGenerator::style)) {
      out = batches;
      for (int year = 2022; year <= 2023; year++) {
        for (Geography.Street s : world.geography().streets()) {
          if (draw.chance(0.94)) {
            meeting(s.code(), draw.dateBetween(LocalDate.of(year, 1, 10), LocalDate.of(year, 4, 30)));
          }
          if (draw.chance(0.3)) {
            meeting(s.code(), draw.dateBetween(LocalDate.of(year, 8, 1), LocalDate.of(year, 11, 30)));
          }
        }
      }
      BadRows.inject(batches);
      return batches.rows();
    }
  }

  private void meeting(String street, LocalDate held) throws IOException {
    int proposed = draw.between(8, 25);
    int voted = proposed - draw.between(0, 3);
    Row planned = Row.of(SourceDataset.VOTER_MEETINGS)
        .set("meeting_id", String.format("VM%06d", ++seq))
        .set("street_code", street)
        .set("held_on", held)
        .set("items_proposed", proposed)
        .set("updated_at", draw.timeOn(held.minusDays(draw.between(7, 20)), 9, 18));
    Row done = planned.copy()
        .set("representatives_attending", draw.between(30, 80))
        .set("items_voted", voted)
        .set("items_selected", voted * draw.between(40, 70) / 100)
        .set("updated_at", draw.timeOn(held.plusDays(draw.between(0, 4)), 9, 20));
    out.emit(List.of(planned, done));
  }
}
