package org.npcwh.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.npcwh.transform.testing.RawFixture.ts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.UserException;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.period.Period;
import org.npcwh.core.progress.StageProgress;
import org.npcwh.transform.metrics.MetricValues;
import org.npcwh.transform.testing.CityFixture;
import org.npcwh.transform.testing.RawFixture;
import org.npcwh.transform.testing.RawLayerFiles;
import org.npcwh.transform.testing.SharedSpark;

/** The whole stage on a raw layer written to disk: files, atomic per-period replacement, determinism. */
class TransformJobIT {
  private static final Period JAN = Period.month(YearMonth.of(2023, 1));
  private static final Period FEB = Period.month(YearMonth.of(2023, 2));

  @TempDir static Path tmp;
  private static WarehouseLayout layout;
  private static SparkSession spark;
  private static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void rawLayer() throws IOException {
    spark = SharedSpark.get();
    layout = new WarehouseLayout(tmp.resolve("wh"));
    RawFixture f = CityFixture.create();
    f.batch(SourceDataset.MESSAGES, "msg-1", "2023-02-02 08:00:00", DeliveryMode.INCREMENTAL)
        .row("M1", "ST1", ts("2023-01-31 23:59:59"), "h1", "p1", "住房", "…", null, null, null, "OPEN",
            ts("2023-02-01 10:00:00"))
        .row("M2", "ST2", ts("2023-02-01 00:00:01"), "h2", "p2", "交通", "…", null, null, null, "OPEN",
            ts("2023-02-01 10:00:00"));
    RawLayerFiles.write(spark, f, layout, tmp.resolve("scratch"));
  }

  private static int expectedRowsPerPeriod() {
    // CityFixture: 3 districts, 3 departments.
    return Arrays.stream(Metric.values())
        .mapToInt(m -> m.scopes().stream().mapToInt(s -> s == ScopeType.CITY ? 1 : 3).sum())
        .sum();
  }

  @Test
  void writesOneSortedCandidateFilePerPeriodAndEachRunReplacesTheWholeCandidate() throws IOException {
    TransformReport first = new TransformJob(spark, layout, new StageProgress() {
      @Override
      public void accept(String line) {
        progress.add(line);
      }

      @Override
      public void advanced(int done, int total) {
        progress.add(done + "/" + total);
      }
    }).run(List.of(FEB, JAN));
    assertThat(first.rowsPerPeriod()).containsExactly(
        java.util.Map.entry("2023-01", (long) expectedRowsPerPeriod()),
        java.util.Map.entry("2023-02", (long) expectedRowsPerPeriod()));
    assertThat(first.steps()).extracting(TransformReport.Step::name)
        .containsExactly("read raw layer", "current state", "dimensions and facts", "metric values", "metric catalog");
    assertThat(progress).as("a count after each of the five steps, for a progress bar")
        .filteredOn(line -> line.matches("\\d/\\d")).containsExactly("1/5", "2/5", "3/5", "4/5", "5/5");

    Path janFile = layout.candidateMetricValues().resolve("2023-01.parquet");
    Path febFile = layout.candidateMetricValues().resolve("2023-02.parquet");
    try (var files = Files.list(layout.candidateMetricValues())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("2023-01.parquet",
          "2023-02.parquet");
    }
    Dataset<Row> jan = spark.read().parquet(janFile.toString());
    assertThat(jan.columns()).containsExactlyElementsOf(MetricValues.COLUMNS);
    List<Row> janRows = jan.collectAsList();
    assertThat(janRows).hasSize(expectedRowsPerPeriod()).allMatch(r -> r.getString(0).equals("2023-01"));
    assertSorted(janRows);
    assertThat(value(janRows, "messages_received", "CITY")).isEqualTo(1.0);
    assertThat(value(janRows, "homes_open", "D1")).isEqualTo(1.0);

    byte[] janBytes = Files.readAllBytes(janFile);
    FileTime old = FileTime.fromMillis(0);
    Files.setLastModifiedTime(janFile, old);

    new TransformJob(spark, layout, s -> { }).run(List.of(JAN));
    assertThat(febFile).as("a candidate holds only its own run's periods").doesNotExist();
    assertThat(Files.getLastModifiedTime(janFile)).as("January was rewritten").isNotEqualTo(old);
    assertThat(Files.readAllBytes(janFile)).as("a second run over the same raw layer").isEqualTo(janBytes);
    assertThat(layout.staging()).doesNotExist();
  }

  @Test
  void rebuildsCurrentStateDimensionsFactsAndTheCatalogWithoutPersonalData() {
    new TransformJob(spark, layout, s -> { }).run(List.of(JAN));
    assertThat(spark.read().parquet(layout.current(SourceDataset.REGIONS).toString()).count()).isEqualTo(9);
    Dataset<Row> messages = spark.read().parquet(layout.candidateMart("fct_message").toString());
    assertThat(messages.count()).isEqualTo(2);
    assertThat(messages.schema().apply("submitted_at").dataType()).isEqualTo(DataTypes.TimestampNTZType);
    assertThat(messages.columns()).doesNotContain("citizen_name", "citizen_phone", "content");
    assertThat(spark.read().parquet(layout.candidateMart("dim_region").toString()).count()).isEqualTo(9);
    Dataset<Row> catalog = spark.read().parquet(layout.candidateMart("metric_catalog").resolve("metric_catalog.parquet").toString());
    assertThat(catalog.count()).isEqualTo(Metric.values().length);
    try (var marts = Files.list(layout.candidate().resolve("marts"))) {
      assertThat(marts.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aWarehouseWithoutRawLayerIsAUserError() {
    WarehouseLayout empty = new WarehouseLayout(tmp.resolve("empty"));
    assertThatThrownBy(() -> new TransformJob(spark, empty, s -> { }).run(List.of(JAN)))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("npcwh ingest");
  }

  private static void assertSorted(List<Row> rows) {
    Comparator<Row> order = Comparator.<Row, String>comparing(r -> r.getString(2))
        .thenComparing(r -> r.getString(3)).thenComparing(r -> r.getString(4));
    assertThat(rows).isSortedAccordingTo(order);
  }

  private static Double value(List<Row> rows, String metricId, String scopeCode) {
    return rows.stream().filter(r -> r.getString(2).equals(metricId) && r.getString(4).equals(scopeCode))
        .map(r -> r.isNullAt(5) ? null : r.getDouble(5)).findFirst().orElseThrow();
  }
}
