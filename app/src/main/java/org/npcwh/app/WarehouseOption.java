package org.npcwh.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --warehouse DIR}, shared by every command that reads or writes a warehouse. */
final class WarehouseOption {
  @Option(names = {"-w", "--warehouse"}, paramLabel = "DIR",
      description = "The warehouse folder (created if missing when a command writes to it); required unless the"
          + " configuration file sets warehouse.")
  Path warehouse;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  /** The folder, from the command line or the configuration file: one of them must give it. */
  Path dir() {
    return ConfigKey.WAREHOUSE.require(spec, warehouse);
  }

  /** The layout of a warehouse a command will write to; the folder is created if needed. */
  WarehouseLayout forWriting() {
    Path dir = dir();
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException | SecurityException e) {
      throw Errors.unwritable(dir, e);
    }
    if (!Files.isWritable(dir)) {
      throw Errors.unwritable(dir, new java.nio.file.AccessDeniedException(dir.toString()));
    }
    return new WarehouseLayout(dir);
  }

  /** The layout of a warehouse a command only reads; it must exist. */
  WarehouseLayout forReading() {
    Path dir = dir();
    if (!Files.isDirectory(dir)) {
      throw Errors.noSuchDirectory("warehouse", dir);
    }
    return new WarehouseLayout(dir);
  }
}
