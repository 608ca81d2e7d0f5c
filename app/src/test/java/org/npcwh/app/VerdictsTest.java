package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.npcwh.core.error.Errors;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;
import org.npcwh.ingest.BatchOutcome;
import org.npcwh.ingest.BatchStatus;
import org.npcwh.ingest.IngestReport;

/** How a run ends: every failure printed, the most serious one's exit code; the demo says what ingest found. */
class VerdictsTest {
  private static final UserException CHECKS = Errors.checksFailed("Checks failed for 2022-01", "why", "what to do");
  private static final UserException REJECTED = Errors.badInput("1 batch rejected", "why", "what to do");

  private final StringWriter err = new StringWriter();

  private int end(Optional<UserException> first, Optional<UserException> second) {
    return Verdicts.end(new PrintWriter(err, true), first, second);
  }

  @Test
  void nothingFailedIsExit0AndSaysNothing() {
    assertThat(end(Optional.empty(), Optional.empty())).isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aFailedCheckWinsOverRejectedInputWhicheverCameFirstAndTheOtherIsPrinted() {
    assertThatThrownBy(() -> end(Optional.of(REJECTED), Optional.of(CHECKS))).isSameAs(CHECKS);
    assertThat(err.toString()).isEqualTo("Error: 1 batch rejected: why. what to do" + System.lineSeparator());

    StringWriter other = new StringWriter();
    assertThatThrownBy(() -> Verdicts.end(new PrintWriter(other, true), Optional.of(CHECKS), Optional.of(REJECTED)))
        .isSameAs(CHECKS);
    assertThat(other.toString()).startsWith("Error: 1 batch rejected");
  }

  @Test
  void aLoneFailureIsThrownAndNotPrintedTwice() {
    assertThatThrownBy(() -> end(Optional.of(REJECTED), Optional.empty()))
        .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theDemoToleratesExactlyTheSamplesDamagedBatch() {
    String deliberate = DemoCommand.DELIBERATE.iterator().next();
    IngestReport sampleOnly = report(outcome(deliberate, BatchStatus.REJECTED, 0),
        outcome("letters/2022-02-01T0200", BatchStatus.INGESTED, 3),
        outcome("opinions/2023-07-02T0200", BatchStatus.SKIPPED_NO_MANIFEST, 0),
        outcome("regions/2022-01-01T0100", BatchStatus.INGESTED, 1));
    assertThat(Rejections.of(sampleOnly, DemoCommand.DELIBERATE)).isEmpty();
    assertThat(Rejections.of(sampleOnly, Set.of())).isPresent();
    assertThat(DemoCommand.whatIngestFound(sampleOnly)).isEqualTo("(Ingest rejected 1 batch(es) (" + deliberate
        + "), set 4 row(s) of new batches aside and left 1 batch(es) without a manifest alone. The sample damages "
        + deliberate + " on purpose, so the demo does not end with exit 3 for it; 'npcwh run' ends with exit 3 when a"
        + " batch is rejected.)");

    IngestReport another = report(outcome(deliberate, BatchStatus.REJECTED, 0),
        outcome("letters/2022-02-01T0200", BatchStatus.REJECTED, 0));
    assertThat(Rejections.of(another, DemoCommand.DELIBERATE)).get().extracting(Throwable::getMessage)
        .asString().contains("1 batch(es) of the landing zone were rejected (letters/2022-02-01T0200)");
    assertThat(DemoCommand.whatIngestFound(another)).startsWith("(Ingest rejected 2 batch(es) (");

    assertThat(DemoCommand.whatIngestFound(report(outcome("regions/r1", BatchStatus.INGESTED, 0))))
        .isEqualTo("(Ingest rejected 0 batch(es), set 0 row(s) of new batches aside and left 0 batch(es) without a"
            + " manifest alone. 'npcwh run' ends with exit 3 when a batch is rejected.)");
  }

  private static IngestReport report(BatchOutcome... outcomes) {
    return new IngestReport(List.of(outcomes));
  }

  private static BatchOutcome outcome(String name, BatchStatus status, long setAside) {
    String[] parts = name.split("/");
    return new BatchOutcome(parts[0], parts[1], "full", LocalDateTime.of(2022, 2, 1, 2, 0), status, 10,
        10 - setAside, setAside, 0, null);
  }
}
