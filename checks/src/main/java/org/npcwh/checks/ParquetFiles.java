package org.npcwh.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;

/**
 * Finds the Parquet files a check reads. Like Spark, it skips names starting with '.' or '_' on
 * the way (staging folders, rejected batches), so a half-written batch is never read.
 */
final class ParquetFiles {
  private static final String SUFFIX = ".parquet";

  private ParquetFiles() {}

  /** The visible {@code *.parquet} files directly in {@code folder}, sorted; empty if it does not exist. */
  static List<Path> in(Path folder) {
    return children(folder).stream()
        .filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
        .toList();
  }

  /** Every {@code raw/<dataset>/<batch_id>/data.parquet}: the rows ingest accepted. */
  static List<Path> rawData(WarehouseLayout layout, SourceDataset dataset) {
    List<Path> out = new ArrayList<>();
    for (Path batch : children(layout.raw(dataset))) {
      Path data = batch.resolve(WarehouseLayout.DATA_FILE);
      if (Files.isRegularFile(data)) {
        out.add(data);
      }
    }
    return out;
  }

  static List<String> names(List<Path> files) {
    return files.stream().map(Path::toString).toList();
  }

  private static List<Path> children(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(ParquetFiles::visible).sorted().toList();
    } catch (IOException e) {
      throw Errors.unreadable(folder, e);
    }
  }

  private static boolean visible(Path path) {
    String name = path.getFileName().toString();
    return !name.startsWith(".") && !name.startsWith("_");
  }
}
