package org.npcwh.transform.raw;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
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
import org.npcwh.transform.store.WarehouseStore;

/**
 * Reads the raw layer written by ingest. Files are listed here rather than globbed by Spark, so
 * that a dataset without any batch still gives an empty Dataset of the right schema. The ledger
 * entries ({@code _ledger.parquet}, one small file per batch) are read on the driver
 * (ingest's {@link Ledger}) and held in the plan as local rows: every plan that chooses a dataset's newest
 * full batch reads the ledger, and a Spark scan would open every batch's ledger file each time (the
 * sample's one-month run once opened them 69 times). Files are listed and read through the warehouse's
 * {@link WarehouseStore}, so the raw layer may live on HDFS or an object store.
 */
public final class RawReader {
  private final SparkSession spark;
  private final WarehouseStore store;

  public RawReader(SparkSession spark, WarehouseStore store) {
    this.spark = spark;
    this.store = store;
  }

  public RawTables read() {
    if (!store.isDirectory(store.path(WarehouseLayout::raw))) {
      throw Errors.noRawLayer(store.path(WarehouseLayout::raw).toString());
    }
    Map<SourceDataset, Dataset<Row>> rows = new EnumMap<>(SourceDataset.class);
    List<Row> ledger = new ArrayList<>();
    for (SourceDataset dataset : SourceDataset.values()) {
      List<Batch> batches = publishedBatches(store, dataset);
      List<String> data = batches.stream().flatMap(b -> b.data().stream())
          .map(file -> file.getPath().toString()).toList();
      rows.put(dataset, parquet(data, RawSchemas.of(dataset)));
      List<LedgerEntry> entries = new ArrayList<>();
      for (Batch batch : batches) {
        batch.ledger().ifPresent(file -> entries.add(readLedger(file)));
      }
      entries.sort(Ledger.ORDER);
      entries.forEach(entry -> ledger.add(RowFactory.create(entry.toRow())));
    }
    return new RawTables(rows, spark.createDataFrame(ledger, RawSchemas.LEDGER));
  }

  /** The bytes of the raw Parquet files a transform of this warehouse reads (its published batches' data). */
  public static long bytes(WarehouseStore store) {
    long total = 0;
    for (SourceDataset dataset : SourceDataset.values()) {
      for (Batch batch : publishedBatches(store, dataset)) {
        total += batch.data().map(FileStatus::getLen).orElse(0L);
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

  private LedgerEntry readLedger(FileStatus file) {
    try {
      return Ledger.readFile(store.inputFile(file));
    } catch (IOException | RuntimeException e) {
      throw Errors.unreadable(file.getPath().toString(), e);
    }
  }

  /**
   * A published batch folder's data file (a duplicate batch has none: its ledger names the batch it
   * repeats) and ledger file.
   */
  private record Batch(Optional<FileStatus> data, Optional<FileStatus> ledger) {}

  /** The published batches of a dataset, by folder name (ingest's rule: {@link Ledger#isPublishedBatch}). */
  private static List<Batch> publishedBatches(WarehouseStore store, SourceDataset dataset) {
    List<Batch> batches = new ArrayList<>();
    for (FileStatus folder : store.list(store.path(layout -> layout.raw(dataset)))) {
      if (folder.isDirectory() && Ledger.isPublishedBatch(folder.getPath().getName())) {
        List<FileStatus> files = store.list(folder.getPath());
        batches.add(new Batch(named(files, WarehouseLayout.DATA_FILE), named(files, WarehouseLayout.LEDGER_FILE)));
      }
    }
    return batches;
  }

  private static Optional<FileStatus> named(List<FileStatus> files, String name) {
    return files.stream().filter(f -> f.isFile() && f.getPath().getName().equals(name)).findFirst();
  }
}
