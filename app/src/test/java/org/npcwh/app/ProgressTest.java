package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.npcwh.core.progress.StageProgress;

/**
 * Progress lines: exactly the plain lines wherever standard error is not a terminal (what tests and
 * Airflow read), and the same lines with a bar below them on a terminal.
 */
class ProgressTest {

  /** A stage of two units: a line, one unit, a line, the second unit. */
  private static String run(boolean bars) {
    StringWriter text = new StringWriter();
    Progress progress = new Progress(new PrintWriter(text, true), bars);
    progress.time("ingest", () -> {
      StageProgress stage = progress.stage("ingest");
      stage.accept("regions/b1 INGESTED");
      stage.advanced(1, 2);
      stage.accept("regions/b2 INGESTED");
      stage.advanced(2, 2);
      return null;
    });
    return text.toString();
  }

  @Test
  void withoutATerminalTheOutputIsThePlainLinesAndNothingElse() {
    List<String> lines = run(false).lines().toList();
    assertThat(lines.subList(0, 3))
        .containsExactly("[ingest] started", "[ingest] regions/b1 INGESTED", "[ingest] regions/b2 INGESTED");
    assertThat(lines.get(3)).matches("\\[ingest] done in \\d+\\.\\d s");
    assertThat(lines).hasSize(4);
    assertThat(run(false)).doesNotContain("\r", "ETA");
  }

  @Test
  void onATerminalTheBarIsDrawnAndWipedAndTheLinesReadTheSame() {
    String raw = run(true);

    assertThat(raw).contains("[ingest] [############............] 1/2  50%  ETA ");
    assertThat(raw).contains("[ingest] [########################] 2/2 100%  ETA 0:00");
    assertThat(shown(raw).subList(0, 3))
        .containsExactly("[ingest] started", "[ingest] regions/b1 INGESTED", "[ingest] regions/b2 INGESTED");
    assertThat(shown(raw).get(3)).matches("\\[ingest] done in \\d+\\.\\d s");
    assertThat(shown(raw)).hasSize(4);
  }

  /** What a terminal shows: each line (split at line feeds only) as its last carriage return left it, trimmed. */
  private static List<String> shown(String raw) {
    return Arrays.stream(raw.split("\n")).map(line -> line.substring(line.lastIndexOf('\r') + 1).stripTrailing())
        .filter(line -> !line.isEmpty()).toList();
  }
}
