package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.error.ExitCode;

/**
 * The real {@code npcwh} given less heap than Spark needs: it says so, and how to give more, with the exit
 * code of memory errors (a task that runs out during a run: {@code SparkSessionsTest}, {@code CliErrorsTest}).
 */
class TooLittleMemoryIT {
  @TempDir Path warehouse;

  @Test
  void aHeapBelowSparksFloorIsAnErrorSayingHowToGiveMore() throws Exception {
    CliProcess transform = CliProcess.start(List.of("-Xmx400m"), "transform", "-w", warehouse.toString(), "-p", "2023-06");

    assertThat(transform.awaitExit()).as(transform.progress()).isEqualTo(ExitCode.OUT_OF_MEMORY.code());
    assertThat(transform.progress()).contains("Error: Spark cannot start in this JVM: its heap (at most 0.")
        .contains("NPCWH_JAVA_OPTS=-Xmx4g").doesNotContain("Internal error");
  }
}
