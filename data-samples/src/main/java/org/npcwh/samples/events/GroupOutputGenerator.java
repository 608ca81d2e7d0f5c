package org.npcwh.samples.events;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.io.MonthlyBatches;
import org.npcwh.samples.io.Row;
import org.npcwh.samples.traps.BadRows;
import org.npcwh.samples.world.Draw;
import org.npcwh.samples.world.ProfessionalGroups;

/**
 * What the professional groups deliver each year: one or two research reports in the second half,
 * one to three supervised suggestions of the year's session (after they were assigned), a few group
 * activities. In 2022 one group delivers no report and another supervises no suggestion, so 4 of 6
 * meet their duty; 2023 follows the same plan, so by June only some have. Not scaled: the groups are
 * the same whatever the scale.
 */
public final class GroupOutputGenerator {
  /** Groups that miss one duty in 2022: no research report, no supervised suggestion. */
  public static final String NO_REPORT_2022 = "PG05";
  public static final String NO_SUPERVISION_2022 = "PG06";

  /** A group activity, which the members attending register as GROUP_WORK. */
  public record Activity(String outputId, String groupCode, LocalDate deliveredOn) {}

  private final Draw draw;
  private final List<Row> suggestions;
  private final List<Activity> activities = new ArrayList<>();
  private MonthlyBatches out;
  private int seq;

  /** @param suggestions every suggestion as assigned ({@link SuggestionGenerator#assigned()}) */
  public GroupOutputGenerator(List<Row> suggestions, long seed) {
    this.draw = new Draw(seed, "group-outputs");
    this.suggestions = suggestions;
  }

  public List<Activity> activities() {
    return activities;
  }

  public long write(Landing landing) throws IOException {
    try (MonthlyBatches batches = new MonthlyBatches(landing, SourceDataset.GROUP_OUTPUTS, m -> FileStyle.CSV)) {
      out = batches;
      for (int year = 2022; year <= 2023; year++) {
        int y = year;
        List<Row> ofYear = suggestions.stream()
            .filter(s -> ((LocalDate) s.get("assigned_on")).getYear() == y).toList();
        for (String group : ProfessionalGroups.codes()) {
          boolean first = year == 2022;
          int reports = first && group.equals(NO_REPORT_2022) ? 0 : draw.between(1, 2);
          for (int k = 0; k < reports; k++) {
            output(group, "RESEARCH_REPORT", null, draw.dateBetween(LocalDate.of(year, 3, 1), LocalDate.of(year, 12, 20)));
          }
          int supervised = first && group.equals(NO_SUPERVISION_2022) || ofYear.isEmpty() ? 0 : draw.between(1, 3);
          for (int k = 0; k < supervised; k++) {
            Row s = draw.pick(ofYear);
            LocalDate on = ((LocalDate) s.get("assigned_on")).plusDays(draw.between(30, 150));
            output(group, "SUPERVISED_SUGGESTION", s.text("suggestion_id"), on.getYear() > y ? LocalDate.of(y, 12, 28) : on);
          }
          for (int k = draw.between(3, 6); k > 0; k--) {
            Row a = output(group, "ACTIVITY", null, draw.dateBetween(LocalDate.of(year, 1, 15), LocalDate.of(year, 12, 20)));
            activities.add(new Activity(a.text("output_id"), group, (LocalDate) a.get("delivered_on")));
          }
        }
      }
      BadRows.inject(batches);
      return batches.rows();
    }
  }

  private Row output(String group, String type, String suggestionId, LocalDate on) throws IOException {
    Row r = Row.of(SourceDataset.GROUP_OUTPUTS)
        .set("output_id", String.format("GO%05d", ++seq))
        .set("group_code", group)
        .set("output_type", type)
        .set("suggestion_id", suggestionId)
        .set("delivered_on", on)
        .set("updated_at", draw.timeOn(on.plusDays(draw.between(0, 3)), 9, 20));
    out.emit(r);
    return r;
  }
}
