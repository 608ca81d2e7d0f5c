package org.npcwh.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.ingest.parquet.Column;
import org.npcwh.ingest.parquet.ParquetTableReader;
import org.npcwh.ingest.parquet.TableSchema;

/** Reads a test warehouse back: rows as column-name maps, and every file's bytes. */
final class TestWarehouse {
  final Path root;
  final WarehouseLayout layout;

  TestWarehouse(Path root) {
    this.root = root;
    this.layout = new WarehouseLayout(root);
  }

  List<Map<String, Object>> data(SourceDataset dataset, String batchId) {
    return rows(layout.batch(dataset, batchId).resolve(WarehouseLayout.DATA_FILE), RawTables.data(dataset));
  }

  List<Map<String, Object>> setAside(SourceDataset dataset, String batchId) {
    return rows(layout.batch(dataset, batchId).resolve(WarehouseLayout.SET_ASIDE_FILE), RawTables.SET_ASIDE);
  }

  List<Map<String, Object>> rejection(String dataset, String batchId) {
    return rows(layout.rejected().resolve(dataset).resolve(batchId + ".parquet"), RawTables.REJECTED);
  }

  static List<Map<String, Object>> rows(Path file, TableSchema schema) {
    try {
      List<Map<String, Object>> result = new ArrayList<>();
      for (Object[] row : ParquetTableReader.readAll(file, schema)) {
        Map<String, Object> named = new HashMap<>();
        List<Column> columns = schema.columns();
        for (int i = 0; i < columns.size(); i++) {
          named.put(columns.get(i).name(), row[i]);
        }
        result.add(named);
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every regular file under the warehouse, relative path to bytes. */
  Map<String, byte[]> allFiles() {
    Map<String, byte[]> files = new HashMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString(), Files.readAllBytes(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
