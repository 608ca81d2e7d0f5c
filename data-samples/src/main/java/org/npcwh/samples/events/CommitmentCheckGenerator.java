package org.npcwh.samples.events;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.io.MonthlyBatches;
import org.npcwh.samples.io.Row;
import org.npcwh.samples.traps.BadRows;
import org.npcwh.samples.world.Draw;

/**
 * 承诺台账 + "回头看": the committee checks most replies' commitments around their due date (a few
 * never), some also halfway; the final check finds about two in three fulfilled, the rest still in
 * progress or not fulfilled. A check is known once registered, so checks after the sample's end are
 * never delivered.
 */
public final class CommitmentCheckGenerator {
  private static final String[] STATUSES = {"FULFILLED", "IN_PROGRESS", "NOT_FULFILLED"};

  private final List<Row> commitments;
  private final Draw draw;
  private MonthlyBatches out;
  private int seq;

  /** @param commitments replies with a commitment ({@link SuggestionGenerator#commitments()}) */
  public CommitmentCheckGenerator(List<Row> commitments, long seed) {
    this.commitments = commitments;
    this.draw = new Draw(seed, "commitment-checks");
  }

  public long write(Landing landing) throws IOException {
    try (MonthlyBatches batches = new MonthlyBatches(landing, SourceDataset.COMMITMENT_CHECKS, m -> FileStyle.CSV)) {
      out = batches;
      for (Row reply : commitments) {
        LocalDate replied = (LocalDate) reply.get("replied_on");
        LocalDate due = (LocalDate) reply.get("commitment_due_on");
        if (draw.chance(0.1)) {
          continue;
        }
        if (draw.chance(0.3)) {
          check(reply, replied.plusDays(replied.until(due).toTotalMonths() * 15), "IN_PROGRESS");
        }
        check(reply, due.plusDays(draw.between(-10, 45)), STATUSES[draw.weighted(65, 20, 15)]);
      }
      BadRows.inject(batches);
      return batches.rows();
    }
  }

  private void check(Row reply, LocalDate on, String status) throws IOException {
    out.emit(Row.of(SourceDataset.COMMITMENT_CHECKS)
        .set("check_id", String.format("CC%06d", ++seq))
        .set("reply_id", reply.text("reply_id"))
        .set("checked_on", on)
        .set("status", status)
        .set("updated_at", draw.timeOn(on.plusDays(draw.between(0, 5)), 9, 20)));
  }
}
