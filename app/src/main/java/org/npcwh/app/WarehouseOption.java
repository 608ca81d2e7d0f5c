package org.npcwh.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import picocli.CommandLine.Option;

/** {@code --warehouse DIR}, shared by every command that reads or writes a warehouse. */
final class WarehouseOption {
  @Option(names = {"-w", "--warehouse"}, required = true, paramLabel = "DIR",
      description = "The warehouse folder (created if missing when a command writes to it).")
  Path warehouse;

  /** The layout of a warehouse a command will write to; the folder is created if needed. */
  WarehouseLayout forWriting() {
    try {
      Files.createDirectories(warehouse);
    } catch (java.io.IOException | SecurityException e) {
      throw Errors.unwritable(warehouse, e);
    }
    if (!Files.isWritable(warehouse)) {
      throw Errors.unwritable(warehouse, new java.nio.file.AccessDeniedException(warehouse.toString()));
    }
    return new WarehouseLayout(warehouse);
  }

  /** The layout of a warehouse a command only reads; it must exist. */
  WarehouseLayout forReading() {
    if (!Files.isDirectory(warehouse)) {
      throw Errors.noSuchDirectory("warehouse", warehouse);
    }
    return new WarehouseLayout(warehouse);
  }
}
