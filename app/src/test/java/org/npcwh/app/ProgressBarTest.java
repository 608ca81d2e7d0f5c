package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bar a terminal shows, from its counts alone, and when standard error counts as a terminal. */
class ProgressBarTest {

  @Test
  void aBarShowsCountsPercentAndTheTimeLeftAtTheRateSoFar() {
    // 12 of 30 batches: 12 × 24 / 30 = 9.6 → 9 marks of 24; 40 %; 10 s for 12 → 18 left take 15 s.
    assertThat(ProgressBar.render("ingest", 12, 30, Duration.ofSeconds(10)))
        .isEqualTo("[ingest] [#########...............] 12/30  40%  ETA 0:15");
    // Nothing done yet: no rate, so no time left to tell.
    assertThat(ProgressBar.render("transform", 0, 5, Duration.ofSeconds(3)))
        .isEqualTo("[transform] [........................] 0/5   0%  ETA -:--");
    assertThat(ProgressBar.render("transform", 5, 5, Duration.ofSeconds(125)))
        .isEqualTo("[transform] [########################] 5/5 100%  ETA 0:00");
    // 2 of 5 steps in 41 min 22 s: 3 steps left at 20 min 41 s each = 1 h 2 min 3 s.
    assertThat(ProgressBar.render("transform", 2, 5, Duration.ofSeconds(41 * 60 + 22)))
        .isEqualTo("[transform] [#########...............] 2/5  40%  ETA 1:02:03");
  }

  @Test
  void aStageWithNothingToCountDoesNotDivideByZero() {
    assertThat(ProgressBar.render("ingest", 0, 0, Duration.ZERO))
        .isEqualTo("[ingest] [........................] 0/0   0%  ETA -:--");
  }

  @Test
  void onlyAConsoleWithARedrawingTermAndStderrOnATerminalDeviceDrawsBars() {
    assertThat(ProgressBar.isTerminal(true, "xterm-256color", Optional.of(Path.of("/dev/pts/3")))).isTrue();
    assertThat(ProgressBar.isTerminal(true, "xterm", Optional.empty())).as("not Linux: no fd link").isTrue();
    assertThat(ProgressBar.isTerminal(false, "xterm", Optional.of(Path.of("/dev/pts/3")))).as("piped").isFalse();
    assertThat(ProgressBar.isTerminal(true, "dumb", Optional.of(Path.of("/dev/pts/3")))).isFalse();
    assertThat(ProgressBar.isTerminal(true, null, Optional.of(Path.of("/dev/pts/3")))).isFalse();
    assertThat(ProgressBar.isTerminal(true, "xterm", Optional.of(Path.of("/tmp/ingest.log"))))
        .as("2>ingest.log typed at a terminal").isFalse();
    assertThat(ProgressBar.isTerminal(true, "xterm", Optional.of(Path.of("pipe:[4242]")))).isFalse();
  }
}
