package org.npcwh.core.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.npcwh.core.error.Errors;

/**
 * This process's own temporary folder for DuckDB's spill files: never shared with another process
 * (one fixed folder would let two users' queries read or clobber each other's spills), created on
 * first use, deleted when the process ends normally; a killed process's folder is harmless.
 */
final class ProcessTemp {
  private static Path folder;

  private ProcessTemp() {}

  static synchronized Path folder() {
    if (folder == null) {
      try {
        folder = Files.createTempDirectory("npcwh-duckdb-" + ProcessHandle.current().pid() + "-");
      } catch (IOException e) {
        throw Errors.unwritable(Path.of(System.getProperty("java.io.tmpdir")), e);
      }
      Path created = folder;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> TreeFiles.deleteQuietly(created)));
    }
    return folder;
  }
}
