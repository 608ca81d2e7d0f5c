package org.npcwh.transform.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.transform.testing.SharedSpark;

/** The driver-side ledger reader gives the row Spark's own Parquet reader gives. */
class LedgerFileTest {
  @TempDir Path dir;

  private static Row entry(String batchId, String duplicateOf) {
    return RowFactory.create("letters", batchId, "I", "csv", "UTF-8", LocalDateTime.of(2023, 6, 30, 23, 59, 59, 123_456_000),
        "ab12", 10L, 8L, 2L, null, "INGESTED", duplicateOf, LocalDateTime.of(2023, 7, 1, 2, 0));
  }

  @Test
  void readsEveryColumnAsSparkDoesIncludingNullsAndMicroseconds() throws IOException {
    SparkSession spark = SharedSpark.get();
    Path file = singleFile(spark.createDataFrame(List.of(entry("B1", null)), RawSchemas.LEDGER), "one");
    Row read = LedgerFile.read(file);
    assertThat(read).isEqualTo(entry("B1", null));
    assertThat(read).isEqualTo(spark.read().schema(RawSchemas.LEDGER).parquet(file.toUri().toString()).first());
  }

  @Test
  void aColumnTheFileLacksReadsAsNull() throws IOException {
    Dataset<Row> older = SharedSpark.get().createDataFrame(List.of(entry("B2", "B1")), RawSchemas.LEDGER)
        .drop("duplicate_of");
    assertThat(LedgerFile.read(singleFile(older, "older")).get(RawSchemas.LEDGER.fieldIndex("duplicate_of"))).isNull();
  }

  @Test
  void refusesAFileOfMoreThanOneEntry() throws IOException {
    Path file = singleFile(SharedSpark.get().createDataFrame(List.of(entry("B1", null), entry("B2", null)),
        RawSchemas.LEDGER), "two");
    assertThatThrownBy(() -> LedgerFile.read(file)).isInstanceOf(IOException.class).hasMessageContaining("one row");
  }

  private Path singleFile(Dataset<Row> rows, String name) throws IOException {
    Path folder = dir.resolve(name);
    rows.coalesce(1).write().parquet(folder.toUri().toString());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
  }
}
