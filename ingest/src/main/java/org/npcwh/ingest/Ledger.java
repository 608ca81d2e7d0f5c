package org.npcwh.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.ingest.parquet.ParquetTableReader;
import org.npcwh.ingest.parquet.ParquetTableWriter;

/** Reads and writes the per-batch ledger files of the raw layer. */
public final class Ledger {
  /** The order of a dataset's entries: by extracted_at, then batch id. */
  public static final Comparator<LedgerEntry> ORDER =
      Comparator.comparing(LedgerEntry::extractedAt).thenComparing(LedgerEntry::batchId);

  private Ledger() {}

  /**
   * Every ledger entry of the warehouse, in contract dataset order, then by extracted_at and batch id.
   *
   * @throws org.npcwh.core.error.UserException when a ledger file cannot be read
   */
  public static List<LedgerEntry> readAll(Path warehouse) {
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    List<LedgerEntry> entries = new ArrayList<>();
    for (SourceDataset dataset : SourceDataset.values()) {
      entries.addAll(read(layout, dataset));
    }
    return entries;
  }

  /** The ledger entries of one dataset, by extracted_at then batch id. */
  public static List<LedgerEntry> read(WarehouseLayout layout, SourceDataset dataset) {
    return read(publishedBatches(layout, dataset));
  }

  /** The ledger entries of published batch folders ({@link #publishedBatches}), by extracted_at then batch id. */
  public static List<LedgerEntry> read(List<Path> batches) {
    List<LedgerEntry> entries = new ArrayList<>();
    for (Path batch : batches) {
      Path file = batch.resolve(WarehouseLayout.LEDGER_FILE);
      if (Files.isRegularFile(file)) {
        entries.add(readFile(file));
      }
    }
    entries.sort(ORDER);
    return entries;
  }

  /**
   * The published batch folders of one dataset, by name: a batch is written into a folder whose name
   * starts with '.' or '_' and published by renaming it, so those are staging folders, never read.
   */
  public static List<Path> publishedBatches(WarehouseLayout layout, SourceDataset dataset) {
    Path datasetFolder = layout.raw(dataset);
    if (!Files.isDirectory(datasetFolder)) {
      return List.of();
    }
    try (Stream<Path> batches = Files.list(datasetFolder)) {
      return batches.filter(Files::isDirectory).filter(batch -> isPublishedBatch(batch.getFileName().toString()))
          .sorted().toList();
    } catch (IOException e) {
      throw Errors.unreadable(datasetFolder, e);
    }
  }

  static LedgerEntry readFile(Path ledgerFile) {
    try {
      return readFile(new LocalInputFile(ledgerFile));
    } catch (IOException | RuntimeException e) {
      throw Errors.unreadable(ledgerFile, e);
    }
  }

  /** The one entry of a ledger file, from any Parquet input (e.g. one on Hadoop's file systems). */
  public static LedgerEntry readFile(InputFile ledgerFile) throws IOException {
    List<Object[]> rows = ParquetTableReader.readAll(ledgerFile, RawTables.LEDGER);
    if (rows.size() != 1) {
      throw new IOException("a ledger file must hold exactly one row, this one holds " + rows.size());
    }
    return LedgerEntry.fromRow(rows.get(0));
  }

  static void write(Path ledgerFile, LedgerEntry entry) throws IOException {
    try (ParquetTableWriter writer = ParquetTableWriter.create(ledgerFile, RawTables.LEDGER)) {
      writer.write(entry.toRow());
    }
  }

  /** Whether a batch folder's name is a published batch's, not a staging folder's ('.' or '_' first). */
  public static boolean isPublishedBatch(String folderName) {
    return !folderName.startsWith(".") && !folderName.startsWith("_");
  }
}
