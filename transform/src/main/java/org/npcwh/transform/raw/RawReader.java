package org.npcwh.transform.raw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;

/**
 * Reads the raw layer written by ingest. Files are listed here rather than globbed by Spark, so
 * that a dataset without any batch still gives an empty Dataset of the right schema. Spark never
 * reads a file whose name starts with '_', even when named explicitly, so the ledger entries
 * ({@code _ledger.parquet}, a few hundred bytes each) are copied under plain names into a scratch
 * folder of the run first.
 */
public final class RawReader {
  private final SparkSession spark;
  private final WarehouseLayout layout;
  private final Path scratch;

  /**
   * @param scratch a folder of this run (created if needed) where ledger copies are kept until the run ends
   */
  public RawReader(SparkSession spark, WarehouseLayout layout, Path scratch) {
    this.spark = spark;
    this.layout = layout;
    this.scratch = scratch;
  }

  public RawTables read() {
    if (!Files.isDirectory(layout.raw())) {
      throw Errors.noRawLayer(layout.raw());
    }
    Map<SourceDataset, Dataset<Row>> rows = new EnumMap<>(SourceDataset.class);
    List<String> ledgers = new ArrayList<>();
    for (SourceDataset dataset : SourceDataset.values()) {
      List<String> data = batchFiles(dataset, WarehouseLayout.DATA_FILE).stream()
          .map(file -> file.toUri().toString()).toList();
      rows.put(dataset, parquet(data, RawSchemas.of(dataset)));
      for (Path ledger : batchFiles(dataset, WarehouseLayout.LEDGER_FILE)) {
        ledgers.add(readableCopy(dataset, ledger));
      }
    }
    return new RawTables(rows, inMemory(parquet(ledgers, RawSchemas.LEDGER)));
  }

  /**
   * The ledger as rows held in the plan (one entry per batch: a few hundred rows): read once here,
   * where every plan that chooses a dataset's newest full batch would otherwise open every batch's
   * ledger file again (the sample's one-month run opened them 69 times, some 25,000 file opens).
   */
  private Dataset<Row> inMemory(Dataset<Row> ledger) {
    return spark.createDataFrame(ledger.collectAsList(), ledger.schema());
  }

  private String readableCopy(SourceDataset dataset, Path ledger) {
    Path copy = scratch.resolve(dataset.datasetName() + "--" + ledger.getParent().getFileName() + ".parquet");
    try {
      Files.createDirectories(scratch);
      Files.copy(ledger, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy.toUri().toString();
    } catch (IOException e) {
      throw Errors.unreadable(ledger, e);
    }
  }

  private Dataset<Row> parquet(List<String> files, StructType schema) {
    if (files.isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    return spark.read().schema(schema).parquet(files.toArray(String[]::new));
  }

  /** The given file of every published batch folder of a dataset (staging folders start with '.' or '_'). */
  private List<Path> batchFiles(SourceDataset dataset, String fileName) {
    Path folder = layout.raw(dataset);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> batches = Files.list(folder)) {
      return batches
          .filter(Files::isDirectory)
          .filter(batch -> !batch.getFileName().toString().startsWith(".")
              && !batch.getFileName().toString().startsWith("_"))
          .map(batch -> batch.resolve(fileName))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw Errors.unreadable(folder, e);
    }
  }
}
