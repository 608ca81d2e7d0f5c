package org.npcwh.transform.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.layout.WarehouseLock;

/**
 * The writer lock of a warehouse on Hadoop's file systems (HDFS, object stores), where no process can hold
 * a file lock: a file created only if absent ({@code .hadoop.lock}, naming its holder), deleted when the
 * transform ends. A killed run leaves it behind; the error then says to delete it. A local warehouse uses
 * {@link WarehouseLock} instead, which a dead process cannot keep.
 */
public final class StoreLock implements AutoCloseable {
  static final String FILE_NAME = ".hadoop.lock";

  private final WarehouseStore store;
  private final Path file;

  private StoreLock(WarehouseStore store, Path file) {
    this.store = store;
    this.file = file;
  }

  /**
   * Takes the lock of the warehouse at {@code warehouse} for {@code command}, before any Spark session
   * exists: through a file system of its own, configured as a session will be.
   */
  public static StoreLock acquire(URI warehouse, Configuration hadoop, String command) {
    WarehouseStore store = WarehouseStore.openUncached(warehouse, hadoop);
    try {
      return acquire(store, command);
    } catch (RuntimeException e) {
      store.closeUncached();
      throw e;
    }
  }

  /**
   * Takes the lock for {@code command}, then removes what killed runs left: their staging folders and
   * the old candidate of an interrupted swap.
   *
   * @throws org.npcwh.core.error.UserException (exit 7) naming the holder when the lock file exists
   */
  private static StoreLock acquire(WarehouseStore store, String command) {
    if (!store.isDirectory(store.root())) {
      throw Errors.noSuchWarehouse(store.root().toString());
    }
    FileSystem fs = store.fileSystem();
    Path file = new Path(store.root(), FILE_NAME);
    try {
      try (FSDataOutputStream out = fs.create(file, false)) {
        out.write(WarehouseLock.holderText(command).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) { // HDFS says FileAlreadyExistsException, other file systems other things
      if (exists(fs, file)) {
        throw Errors.warehouseLockFileHeld(file.toString(), holder(fs, file));
      }
      throw Errors.unwritable(file.toString(), e);
    }
    StoreLock lock = new StoreLock(store, file);
    try {
      store.delete(store.path(WarehouseLayout::staging));
      for (FileStatus entry : store.list(store.root())) {
        if (entry.getPath().getName().startsWith(WarehouseStore.OLD_CANDIDATE_PREFIX)) {
          store.delete(entry.getPath());
        }
      }
    } catch (RuntimeException e) {
      lock.close(); // a lock left behind would refuse every later run
      throw e;
    }
    return lock;
  }

  @Override
  public void close() {
    try {
      store.fileSystem().delete(file, false);
    } catch (IOException e) {
      throw Errors.unwritable(file.toString(), e);
    } finally {
      store.closeUncached();
    }
  }

  private static boolean exists(FileSystem fs, Path file) {
    try {
      return fs.exists(file);
    } catch (IOException e) {
      return false;
    }
  }

  private static String holder(FileSystem fs, Path file) {
    return WarehouseLock.describeHolder(() -> {
      try (FSDataInputStream in = fs.open(file)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    });
  }
}
