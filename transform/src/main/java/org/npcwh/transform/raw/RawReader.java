package org.npcwh.transform.raw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Reads the raw layer written by ingest. Files are listed here rather than globbed by Spark,
 * because Spark silently skips files whose name starts with '_' (the ledger) and because a
 * dataset without any batch must still give an empty Dataset of the right schema.
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
    List<String> ledgers = new java.util.ArrayList<>();
    for (SourceDataset dataset : SourceDataset.values()) {
      rows.put(dataset, parquet(batchFiles(dataset, WarehouseLayout.DATA_FILE), RawSchemas.of(dataset)));
      ledgers.addAll(batchFiles(dataset, WarehouseLayout.LEDGER_FILE));
    }
    return new RawTables(rows, parquet(ledgers, RawSchemas.LEDGER));
  }

  private Dataset<Row> parquet(List<String> files, StructType schema) {
    if (files.isEmpty()) {
      return spark.createDataFrame(List.of(), schema);
    }
    return spark.read().schema(schema).parquet(files.toArray(String[]::new));
  }

  /** The given file of every published batch folder of a dataset (staging folders start with '.' or '_'). */
  private List<String> batchFiles(SourceDataset dataset, String fileName) {
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
          .map(file -> file.toUri().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw Errors.unreadable(folder, e);
    }
  }
}
