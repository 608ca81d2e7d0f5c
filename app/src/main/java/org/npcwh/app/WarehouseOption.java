package org.npcwh.app;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --warehouse DIR}, shared by every command that reads or writes a warehouse. A local or mounted
 * folder serves every command; {@code npcwh transform} also takes a Hadoop file system's URI ({@code
 * hdfs://…}, {@code s3a://…}), where Spark's executors on a cluster read and write it.
 */
final class WarehouseOption {
  /** A URI with a scheme and an authority part, such as hdfs://namenode:8020/wh or s3a://bucket/wh. */
  private static final Pattern HADOOP_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+://.*");

  @Option(names = {"-w", "--warehouse"}, paramLabel = "DIR",
      description = "The warehouse folder (created if missing when a command writes to it); required unless the"
          + " configuration file sets warehouse. 'npcwh transform' also takes hdfs://… or s3a://… URIs.")
  String warehouse;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  /** The folder, from the command line or the configuration file: one of them must give it. */
  Path dir() {
    String given = ConfigKey.WAREHOUSE.require(spec, warehouse);
    return localFolder(given).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--warehouse " + given + ": only 'npcwh transform' reads and writes a warehouse through Hadoop's file"
            + " systems; this command needs a local or mounted folder"));
  }

  /** The folder given, if one is given and it is local (a file: URI counts as local); for logs and settings. */
  Optional<Path> givenFolder() {
    return warehouse == null ? Optional.empty() : localFolder(warehouse);
  }

  /** The warehouse's URI when it lives on one of Hadoop's file systems other than the local one. */
  Optional<URI> hadoopUri() {
    String given = ConfigKey.WAREHOUSE.require(spec, warehouse);
    return localFolder(given).isPresent() ? Optional.empty() : Optional.of(URI.create(given));
  }

  private Optional<Path> localFolder(String given) {
    try {
      if (given.startsWith("file:")) {
        return Optional.of(Path.of(URI.create(given)));
      }
      if (HADOOP_URI.matcher(given).matches()) {
        URI.create(given); // reported here if it is no URI at all
        return Optional.empty();
      }
      return Optional.of(Path.of(given));
    } catch (IllegalArgumentException e) { // an invalid URI or path (InvalidPathException is one)
      throw new ParameterException(spec.commandLine(), "--warehouse " + given + ": " + e.getMessage());
    }
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
