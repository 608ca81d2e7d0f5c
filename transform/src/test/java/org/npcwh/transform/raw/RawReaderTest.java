package org.npcwh.transform.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.transform.store.WarehouseStore;
import org.npcwh.transform.testing.RawFixture;
import org.npcwh.transform.testing.RawLayerFiles;
import org.npcwh.transform.testing.SharedSpark;

/**
 * The raw layer read back from files Spark wrote: the ledger, read on the driver by ingest's reader, gives
 * the rows written (nulls and microseconds included), and so do the batches' rows.
 */
class RawReaderTest {
  @TempDir Path dir;

  @Test
  void theLedgerAndTheRowsReadBackAsWritten() throws IOException {
    SparkSession spark = SharedSpark.get();
    RawFixture fixture = new RawFixture();
    fixture.batch(SourceDataset.DEPARTMENTS, "dep-1", "2023-06-30 23:59:59.123456", DeliveryMode.FULL)
        .row("D01", "发展和改革委员会", "MUNICIPAL", null);
    fixture.batch(SourceDataset.DEPARTMENTS, "dep-2", "2023-07-31 08:00:00.000001", DeliveryMode.FULL);
    RawTables written = fixture.build(spark);
    WarehouseLayout layout = new WarehouseLayout(dir.resolve("wh"));
    RawLayerFiles.write(spark, fixture, layout, dir.resolve("scratch"));

    RawTables read = new RawReader(spark, store(spark, layout)).read();

    List<Row> ledger = read.ledger().collectAsList();
    assertThat(ledger).hasSize(2).containsExactlyInAnyOrderElementsOf(written.ledger().collectAsList())
        .anyMatch(entry -> entry.isNullAt(RawSchemas.LEDGER.fieldIndex("duplicate_of")));
    assertThat(read.rows(SourceDataset.DEPARTMENTS).collectAsList())
        .containsExactlyInAnyOrderElementsOf(written.rows(SourceDataset.DEPARTMENTS).collectAsList());
  }

  @Test
  void theInputSizeIsThatOfTheBatchesDataFiles() throws IOException {
    SparkSession spark = SharedSpark.get();
    WarehouseLayout layout = new WarehouseLayout(dir.resolve("wh"));
    assertThat(RawReader.bytes(store(spark, layout))).as("no raw layer yet").isZero();
    RawFixture fixture = new RawFixture();
    fixture.batch(SourceDataset.DEPARTMENTS, "dep-1", "2023-06-30 23:59:59", DeliveryMode.FULL)
        .row("D01", "发展和改革委员会", "MUNICIPAL", null);
    fixture.batch(SourceDataset.REGIONS, "reg-1", "2023-06-30 23:59:59", DeliveryMode.FULL);
    RawLayerFiles.write(spark, fixture, layout, dir.resolve("scratch"));

    long dataFiles;
    try (Stream<Path> files = Files.walk(layout.raw())) {
      dataFiles = files.filter(f -> f.getFileName().toString().equals(WarehouseLayout.DATA_FILE))
          .mapToLong(f -> f.toFile().length()).sum();
    }
    assertThat(RawReader.bytes(store(spark, layout))).isPositive().isEqualTo(dataFiles);
  }

  private static WarehouseStore store(SparkSession spark, WarehouseLayout layout) {
    return WarehouseStore.open(layout.root().toUri(), spark.sparkContext().hadoopConfiguration());
  }
}
