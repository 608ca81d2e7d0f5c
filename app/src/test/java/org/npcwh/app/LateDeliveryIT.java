package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.ingest.IngestJob;
import org.npcwh.ingest.IngestSettings;
import org.npcwh.transform.TransformJob;

/**
 * Delivery order never changes a figure (issue 9): the first four months of the sample generator's
 * landing zone at a tiny scale, delivered batch folder by batch folder in seeded random orders and in
 * late-arrival patterns, with a real ingest run after each arrival wave and a real transform, give
 * exactly the metric_values (every row of every period checked) of delivering everything in order.
 */
class LateDeliveryIT {
  private static final byte[] KEY = "key-for-the-late-delivery-test".getBytes(StandardCharsets.UTF_8);
  private static final List<Period> PERIODS = List.of(Period.month(YearMonth.of(2022, 2)),
      Period.month(YearMonth.of(2022, 3)), Period.quarter(2022, 1));
  /** Batches extracted before this (folder names sort by extraction time) make the small landing zone. */
  private static final String BEFORE = "2022-05";

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static List<Path> batches;
  private static List<String> inOrder;
  private static int runs;

  @BeforeAll
  static void deliverInOrder() throws IOException {
    spark = TinySample.spark();
    Path sample = tmp.resolve("sample");
    TinySample.generate(sample);
    batches = batchFolders(sample);
    inOrder = deliver(List.of(batches));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void inOrderDeliveryComputesFigures() {
    assertThat(inOrder).hasSizeGreaterThan(100).anyMatch(row -> row.contains(" CITY ") && !row.endsWith(" 0.0"));
  }

  @Test
  void randomOrdersInThreeRunsGiveTheSameFigures() {
    for (long seed = 1; seed <= 6; seed++) {
      List<Path> shuffled = new ArrayList<>(batches);
      Collections.shuffle(shuffled, new Random(seed));
      int third = shuffled.size() / 3;
      assertThat(deliver(List.of(shuffled.subList(0, third), shuffled.subList(third, 2 * third),
          shuffled.subList(2 * third, shuffled.size())))).as("order of seed " + seed).isEqualTo(inOrder);
    }
  }

  @Test
  void referenceDataLast() {
    assertThat(deliver(split(b -> !SourceDataset.byName(dataset(b)).isReference()))).isEqualTo(inOrder);
  }

  @Test
  void suggestionsAfterTheirRepliesAndEvaluations() {
    assertThat(deliver(split(b -> !dataset(b).equals("suggestions")))).isEqualTo(inOrder);
  }

  @Test
  void theNewestPlatformsBatchInALaterRun() {
    Path newest = batches.stream().filter(b -> dataset(b).equals("platforms")).reduce((a, b) -> b).orElseThrow();
    assertThat(deliver(split(b -> !b.equals(newest)))).isEqualTo(inOrder);
  }

  /** Two waves: the batches matching {@code first}, then the others. */
  private static List<List<Path>> split(Predicate<Path> first) {
    return List.of(batches.stream().filter(first).toList(), batches.stream().filter(first.negate()).toList());
  }

  /** Copies each wave into a fresh landing zone and ingests it; then transforms once; returns the figures. */
  private static List<String> deliver(List<List<Path>> waves) {
    Path root = tmp.resolve("run-" + ++runs);
    Path landing = root.resolve("landing");
    WarehouseLayout layout = new WarehouseLayout(root.resolve("warehouse"));
    for (List<Path> wave : waves) {
      wave.forEach(batch -> copy(batch, landing.resolve(dataset(batch)).resolve(batch.getFileName())));
      new IngestJob(new IngestSettings(landing, layout.root(), KEY), line -> { }).run();
    }
    new TransformJob(spark, layout, line -> { }).run(PERIODS);
    List<String> rows = new ArrayList<>();
    for (Period period : PERIODS) {
      Path file = layout.candidateMetricValues().resolve(period.label() + ".parquet");
      spark.read().parquet(file.toString()).collectAsList().forEach(r -> rows.add(r.mkString(" ")));
    }
    Collections.sort(rows);
    return rows;
  }

  private static List<Path> batchFolders(Path sample) throws IOException {
    List<Path> found = new ArrayList<>();
    for (SourceDataset dataset : SourceDataset.values()) {
      Path folder = sample.resolve(dataset.datasetName());
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(b -> b.getFileName().toString().compareTo(BEFORE) < 0).sorted().forEach(found::add);
      }
    }
    return found;
  }

  private static String dataset(Path batch) {
    return batch.getParent().getFileName().toString();
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
