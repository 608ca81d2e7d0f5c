package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.ExitCode;

/**
 * A rejected batch and a failed check in one {@code npcwh run} both reach the user, and the run exits 4
 * (the rule in {@link Verdicts}). The landing zone is the sample's January 2022 at a tiny scale, whose
 * letters batch has a byte appended after its manifest was written: ingest rejects it (exit 3's error),
 * so the warehouse holds no letters and the freshness check fails January (exit 4's error). An IT: the
 * real transform takes minutes on a busy machine, even on 600 KB.
 */
class RunVerdictsIT {
  /** Batches extracted before this make the landing zone: January's events and the first reference snapshots. */
  private static final String BEFORE = "2022-02-02";

  @TempDir Path tmp;

  @Test
  void aRejectedBatchAndAFailedCheckBothReachTheUserAndTheRunExits4() throws IOException {
    Path landing = januaryLanding();
    Path letters = onlyBatch(landing.resolve(SourceDataset.LETTERS.datasetName()));
    damage(letters);
    String rejected = "letters/" + letters.getFileName();

    Cli run = Cli.run("run", "-l", landing.toString(), "-w", tmp.resolve("warehouse").toString(), "-p", "2022-01",
        "--master", "local[2]");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.CHECKS_FAILED.code());
    assertThat(run.out()).contains(rejected + " REJECTED").contains("within_error_after");
    List<String> errors = run.err().lines().filter(l -> l.startsWith("Error: ")).toList();
    assertThat(errors).as(run.err()).hasSize(2);
    assertThat(errors.get(0)).as("in the order the stages found them")
        .startsWith("Error: 1 batch(es) of the landing zone were rejected (" + rejected + ")");
    assertThat(errors.get(1)).startsWith("Error: Data-quality checks failed for 2022-01")
        .contains("source_freshness.within_error_after");
  }

  private Path januaryLanding() throws IOException {
    Path sample = tmp.resolve("sample");
    TinySample.generate(sample);
    Path landing = tmp.resolve("landing");
    for (SourceDataset dataset : SourceDataset.values()) {
      try (Stream<Path> batches = Files.list(sample.resolve(dataset.datasetName()))) {
        for (Path batch : batches.filter(b -> b.getFileName().toString().compareTo(BEFORE) < 0).toList()) {
          Path copy = Files.createDirectories(landing.resolve(dataset.datasetName()).resolve(batch.getFileName()));
          try (Stream<Path> files = Files.list(batch)) {
            for (Path file : files.toList()) {
              Files.copy(file, copy.resolve(file.getFileName()));
            }
          }
        }
      }
    }
    return landing;
  }

  private static Path onlyBatch(Path dataset) throws IOException {
    try (Stream<Path> batches = Files.list(dataset)) {
      List<Path> all = batches.toList();
      assertThat(all).as("January's one letters batch").hasSize(1);
      return all.get(0);
    }
  }

  /** Appends a line to the batch's data file: its SHA-256 no longer matches the manifest's. */
  private static void damage(Path batch) throws IOException {
    try (Stream<Path> files = Files.list(batch)) {
      Path data = files.filter(f -> !f.getFileName().toString().equals("_manifest.json")).findFirst().orElseThrow();
      Files.writeString(data, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
  }
}
