package org.npcwh.transform.raw;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.ingest.Ledger;
import org.npcwh.ingest.LedgerEntry;

/**
 * Reads the raw layer written by ingest. Files are listed here rather than globbed by Spark, so
 * that a dataset without any batch still gives an empty Dataset of the right schema. The ledger
 * entries ({@code _ledger.parquet}, one small file per batch) are read on the driver
 * (ingest's {@link Ledger}) and held in the plan as local rows: every plan that chooses a dataset's newest
 * full batch reads the ledger, and a Spark scan would open every batch's ledger file each time (the
 * sample's one-month run once opened them 69 times).
 */
public final class RawReader {
  private final SparkSession spark;
  private final WarehouseLayout layout;

  public RawReader(SparkSession spark, WarehouseLayout layout) {
    this.spark = spark;
    this.layout = layout;
  }

  public RawTables read() {
    if (!Files.isDirectory(layout.raw())) {
      throw Errors.noRawLayer(layout.raw());
    }
    Map<SourceDataset, Dataset<Row>> rows = new EnumMap<>(SourceDataset.class);
    List<Row> ledger = new ArrayList<>();
    for (SourceDataset dataset : SourceDataset.values()) {
      List<Path> batches = Ledger.publishedBatches(layout, dataset);
      List<String> data = dataFiles(batches).stream()
          .map(file -> file.toUri().toString()).toList();
      rows.put(dataset, parquet(data, RawSchemas.of(dataset)));
      for (LedgerEntry entry : Ledger.read(batches)) {
        ledger.add(RowFactory.create(entry.toRow()));
      }
    }
    return new RawTables(rows, spark.createDataFrame(ledger, RawSchemas.LEDGER));
  }

  /** The bytes of the raw Parquet files a transform of this warehouse reads (its published batches' data). */
  public static long bytes(WarehouseLayout layout) {
    long total = 0;
    for (SourceDataset dataset : SourceDataset.values()) {
      for (Path file : dataFiles(Ledger.publishedBatches(layout, dataset))) {
        total += file.toFile().length();
      }
    }
    return total;
  }

  private Dataset<Row> parquet(List<String> files, StructType schema) {
    if (files.isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    return spark.read().schema(schema).parquet(files.toArray(String[]::new));
  }

  /** The data file of each published batch (a duplicate batch has none: its ledger names the batch it repeats). */
  private static List<Path> dataFiles(List<Path> batches) {
    return batches.stream()
        .map(batch -> batch.resolve(WarehouseLayout.DATA_FILE))
        .filter(Files::isRegularFile)
        .toList();
  }
}
