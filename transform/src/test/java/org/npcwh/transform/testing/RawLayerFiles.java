package org.npcwh.transform.testing;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.npcwh.core.contract.RawColumns;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.transform.raw.RawTables;

/** Writes a {@link RawFixture} to disk in the raw layer's shape ({@link RawTables}), as ingest would. */
public final class RawLayerFiles {
  private RawLayerFiles() {}

  public static void write(SparkSession spark, RawFixture fixture, WarehouseLayout layout, Path scratch)
      throws IOException {
    RawTables raw = fixture.build(spark);
    for (Row entry : raw.ledger().collectAsList()) {
      SourceDataset dataset = SourceDataset.byName(entry.getString(0));
      String batchId = entry.getString(1);
      Path batch = layout.batch(dataset, batchId);
      Files.createDirectories(batch);
      Dataset<Row> rows = raw.rows(dataset).filter(col(RawColumns.BATCH_ID).equalTo(batchId));
      singleFile(rows, scratch.resolve(dataset.datasetName() + "-" + batchId), batch.resolve(WarehouseLayout.DATA_FILE));
      Dataset<Row> ledger = raw.ledger().filter(col("dataset").equalTo(dataset.datasetName())
          .and(col("batch_id").equalTo(batchId)));
      singleFile(ledger, scratch.resolve(dataset.datasetName() + "-" + batchId + "-ledger"),
          batch.resolve(WarehouseLayout.LEDGER_FILE));
    }
  }

  private static void singleFile(Dataset<Row> rows, Path folder, Path target) throws IOException {
    rows.coalesce(1).write().parquet(folder.toUri().toString());
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> parts = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
      Files.move(parts.get(0), target);
    }
  }
}
