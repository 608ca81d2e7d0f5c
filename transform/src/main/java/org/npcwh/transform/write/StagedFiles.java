package org.npcwh.transform.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.npcwh.core.layout.TreeFiles;

/** File moves that make staged Spark output visible in one step. */
final class StagedFiles {
  private StagedFiles() {}

  /** The one Parquet part file Spark wrote into a folder (the caller wrote it with one partition). */
  static Path singlePart(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> parts = files
          .filter(f -> f.getFileName().toString().startsWith("part-") && f.getFileName().toString().endsWith(".parquet"))
          .toList();
      if (parts.size() != 1) {
        throw new IllegalStateException("expected exactly one part file in " + folder + ", found " + parts);
      }
      return parts.get(0);
    }
  }

  /** Replaces the target file by the source in one atomic rename (same file system). */
  static void moveOver(Path source, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Swaps a staged folder in place of the target folder: the old one is renamed away, the new one
   * renamed in, the old one deleted. Readers see either the whole old or the whole new folder.
   */
  static void swapFolder(Path staged, Path target, String runId) throws IOException {
    Files.createDirectories(target.getParent());
    Path old = target.resolveSibling("." + target.getFileName() + ".old-" + runId);
    if (Files.exists(target)) {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    TreeFiles.deleteRecursively(old);
  }

  /** Checksums and success markers of Hadoop's local file system: not data, and noise for analysts. */
  static void removeSparkSideFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".crc") || name.equals("_SUCCESS")) {
          Files.delete(f);
        }
      }
    }
  }
}
