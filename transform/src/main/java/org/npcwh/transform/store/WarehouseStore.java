package org.npcwh.transform.store;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;

/**
 * The warehouse's files as the Spark side reads and writes them: one Hadoop {@link FileSystem} and the
 * warehouse's root on it, so that the transform works alike on a local or mounted folder ({@code file:}),
 * on HDFS ({@code hdfs://…}) or on an object store ({@code s3a://…}). Files are named by {@link
 * WarehouseLayout}, the one place that knows the paths: a layout path relative to the layout's root names
 * the same file relative to this root.
 *
 * <p>Renames are atomic on local file systems and on HDFS. On an object store they are copies, so a
 * reader may see a folder half swapped: there the candidate is whole only once the transform has ended
 * (README, "Where the warehouse lives").
 */
public final class WarehouseStore {
  /** A layout whose root is {@code /}: its paths, made relative, are the warehouse's relative names. */
  private static final WarehouseLayout NAMES = new WarehouseLayout(java.nio.file.Path.of("/"));
  /** The previous candidate during a swap (beside it, so one rename moves it). */
  static final String OLD_CANDIDATE_PREFIX = ".candidate.old-";

  private final FileSystem fs;
  private final Path root;

  private WarehouseStore(FileSystem fs, Path root) {
    this.fs = fs;
    this.root = root;
  }

  /** The warehouse at {@code root} (a URI with a scheme), through the file system Hadoop configures for it. */
  public static WarehouseStore open(URI root, Configuration hadoop) {
    return open(root, hadoop, false);
  }

  /**
   * As {@link #open}, through a file system instance of its own that the caller closes: for work before
   * Spark configures the file systems of its session, which must not find this one in Hadoop's cache.
   */
  public static WarehouseStore openUncached(URI root, Configuration hadoop) {
    return open(root, hadoop, true);
  }

  private static WarehouseStore open(URI root, Configuration hadoop, boolean uncached) {
    Path rootPath = new Path(root);
    try {
      FileSystem fs = uncached ? FileSystem.newInstance(root, hadoop) : rootPath.getFileSystem(hadoop);
      return new WarehouseStore(fs, fs.makeQualified(rootPath));
    } catch (IOException e) {
      throw Errors.unreadable(rootPath.toString(), e);
    }
  }

  /** Closes a store from {@link #openUncached}. */
  public void closeUncached() {
    try {
      fs.close();
    } catch (IOException e) {
      // every stream opened through it is closed already: nothing is lost
    }
  }

  FileSystem fileSystem() {
    return fs;
  }

  public Path root() {
    return root;
  }

  /** The file or folder the layout names, e.g. {@code store.path(l -> l.current(dataset))}. */
  public Path path(Function<WarehouseLayout, java.nio.file.Path> name) {
    String relative = NAMES.root().relativize(name.apply(NAMES)).toString();
    return relative.isEmpty() ? root : new Path(root, relative);
  }

  public boolean isDirectory(Path path) {
    try {
      return fs.getFileStatus(path).isDirectory();
    } catch (java.io.FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw Errors.unreadable(path.toString(), e);
    }
  }

  /** The entries of a folder sorted by name; none when the folder does not exist. */
  public List<FileStatus> list(Path folder) {
    try {
      FileStatus[] entries = fs.listStatus(folder);
      Arrays.sort(entries, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      return List.of(entries);
    } catch (java.io.FileNotFoundException e) {
      return List.of();
    } catch (IOException e) {
      throw Errors.unreadable(folder.toString(), e);
    }
  }

  /** A file for Parquet's readers. */
  public InputFile inputFile(FileStatus file) {
    try {
      return HadoopInputFile.fromStatus(file, fs.getConf());
    } catch (IOException e) {
      throw Errors.unreadable(file.getPath().toString(), e);
    }
  }

  /** The one Parquet part file Spark wrote into a folder (the caller wrote it with one partition). */
  public Path singlePart(Path folder) {
    List<Path> parts = list(folder).stream().map(FileStatus::getPath)
        .filter(p -> p.getName().startsWith("part-") && p.getName().endsWith(".parquet"))
        .toList();
    if (parts.size() != 1) {
      throw new IllegalStateException("expected exactly one part file in " + folder + ", found " + parts);
    }
    return parts.get(0);
  }

  /** Creates a folder and its parents, as needed. */
  public void mkdirs(Path folder) {
    try {
      fs.mkdirs(folder);
    } catch (IOException e) {
      throw Errors.unwritable(folder.toString(), e);
    }
  }

  /** Moves a file or folder to a name that does not exist yet, creating its parent folder. */
  public void move(Path source, Path target) {
    try {
      fs.mkdirs(target.getParent());
      // Hadoop's rename moves a source into a target folder that exists: refuse instead of nesting
      if (fs.exists(target) || !fs.rename(source, target)) {
        throw new IOException("cannot rename " + source + " to " + target);
      }
    } catch (IOException e) {
      throw Errors.unwritable(target.toString(), e);
    }
  }

  /**
   * Swaps a staged candidate in place of the warehouse's candidate: the old one is renamed away, the new
   * one renamed in, the old one deleted. Where renames are atomic, readers see either the whole old or
   * the whole new candidate.
   */
  public void swapCandidate(Path staged, String runId) {
    Path target = path(WarehouseLayout::candidate);
    Path old = new Path(root, OLD_CANDIDATE_PREFIX + runId);
    try {
      if (fs.exists(target)) {
        move(target, old);
      }
      move(staged, target);
      fs.delete(old, true);
    } catch (IOException e) {
      throw Errors.unwritable(target.toString(), e);
    }
  }

  /**
   * Checksums and success markers of Hadoop's file systems: not data, and noise for analysts (a
   * checksum moves with its file, so folders that files were moved into are cleared too).
   */
  public void removeSparkSideFiles(Path folder) {
    for (FileStatus file : list(folder)) {
      String name = file.getPath().getName();
      if (name.endsWith(".crc") || name.equals("_SUCCESS")) {
        delete(file.getPath());
      }
    }
  }

  /** Deletes a file or a folder with everything in it; nothing when it does not exist. */
  public void delete(Path path) {
    try {
      fs.delete(path, true);
    } catch (IOException e) {
      throw Errors.unwritable(path.toString(), e);
    }
  }

  /** Deletes a folder only when it is empty (another run may still use it). */
  public void deleteIfEmpty(Path folder) {
    try {
      if (fs.exists(folder) && fs.listStatus(folder).length == 0) {
        fs.delete(folder, false);
      }
    } catch (IOException e) {
      // another run's files appeared meanwhile: leave the folder to it
    }
  }

  /** A file's status (its size among them). */
  public FileStatus status(Path file) {
    try {
      return fs.getFileStatus(file);
    } catch (IOException e) {
      throw Errors.unreadable(file.toString(), e);
    }
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
