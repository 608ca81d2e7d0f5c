package org.npcwh.transform.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.transform.raw.RawSchemas;
import org.npcwh.transform.raw.RawTables;

/**
 * Builds the raw layer in memory, batch by batch, as ingest would have written it: rows in contract
 * field order, lineage columns filled in, one ledger entry per batch.
 */
public final class RawFixture {
  private final Map<SourceDataset, List<Row>> rows = new EnumMap<>(SourceDataset.class);
  private final List<Row> ledger = new ArrayList<>();

  /** A batch of a dataset; rows are added with {@link Batch#row}. */
  public Batch batch(SourceDataset dataset, String batchId, String extractedAt, DeliveryMode mode) {
    LocalDateTime extracted = ts(extractedAt);
    ledger.add(RowFactory.create(dataset.datasetName(), batchId, mode.code(), "csv", "UTF-8", extracted,
        "sha-" + batchId, 0L, 0L, 0L, 0L, "INGESTED", null, extracted));
    return new Batch(dataset, batchId, extracted);
  }

  /** A batch in the dataset's usual mode, extracted at 2023-06-30 12:00:00. */
  public Batch batch(SourceDataset dataset) {
    return batch(dataset, dataset.datasetName() + "-1", "2023-06-30 12:00:00", dataset.usualMode());
  }

  public RawTables build(SparkSession spark) {
    Map<SourceDataset, Dataset<Row>> tables = new EnumMap<>(SourceDataset.class);
    for (SourceDataset dataset : SourceDataset.values()) {
      tables.put(dataset, spark.createDataFrame(rows.getOrDefault(dataset, List.of()), RawSchemas.of(dataset)));
    }
    return new RawTables(tables, spark.createDataFrame(ledger, RawSchemas.LEDGER));
  }

  /** The rows of one batch. */
  public final class Batch {
    private final SourceDataset dataset;
    private final String batchId;
    private final LocalDateTime extractedAt;
    private long line = 1;
    private String pendingReference;

    private Batch(SourceDataset dataset, String batchId, LocalDateTime extractedAt) {
      this.dataset = dataset;
      this.batchId = batchId;
      this.extractedAt = extractedAt;
    }

    /** Marks the next row as held at ingest for a reference, with this reason. */
    public Batch pending(String reason) {
      pendingReference = reason;
      return this;
    }

    /** Adds a row: values in contract field order (String, Long, BigDecimal, Boolean, LocalDate, LocalDateTime, List). */
    public Batch row(Object... values) {
      if (values.length != dataset.fields().size()) {
        throw new IllegalArgumentException(dataset.datasetName() + " has " + dataset.fields().size()
            + " fields, got " + values.length + ": " + Arrays.toString(values));
      }
      List<Object> all = new ArrayList<>(Arrays.asList(values));
      line++;
      all.addAll(List.of(batchId, extractedAt, "data.csv", line));
      all.add(pendingReference);
      pendingReference = null;
      rows.computeIfAbsent(dataset, d -> new ArrayList<>()).add(RowFactory.create(all.toArray()));
      return this;
    }
  }

  public static LocalDate d(String date) {
    return date == null ? null : LocalDate.parse(date);
  }

  public static LocalDateTime ts(String timestamp) {
    return timestamp == null ? null : LocalDateTime.parse(timestamp.replace(' ', 'T'));
  }

  public static BigDecimal dec(String number) {
    return number == null ? null : new BigDecimal(number);
  }

  public static List<String> list(String... items) {
    return List.of(items);
  }
}
