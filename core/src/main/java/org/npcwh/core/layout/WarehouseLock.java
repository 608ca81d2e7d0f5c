package org.npcwh.core.layout;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.npcwh.core.error.Errors;

/**
 * One writer at a time per warehouse. The lock is an operating-system lock on {@code <warehouse>/.lock}
 * ({@link FileChannel#tryLock()}), so the kernel releases it when its holder dies, even by SIGKILL: a
 * lock left by a dead process is simply free, and taking it over cannot race with another taker. The
 * file's text names the holder (pid, host, command, since when) for the message a second writer gets;
 * it may outlive its holder, which is harmless. Re-entrant within one process (a {@code run} holds it
 * while its stages run). Not reliable on network file systems that do not implement locks.
 */
public final class WarehouseLock implements AutoCloseable {
  private static final String FILE_NAME = ".lock";
  /** Names of a swap in progress: see Releases, the transform's candidate swap and WarehousePublisher. */
  private static final java.util.List<String> LEFTOVER_PREFIXES =
      java.util.List.of(".published-", ".candidate.old-", ".warehouse.duckdb.publishing-");
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /** Locks this process holds, by lock file: Java refuses a second lock of one file in one JVM. */
  private static final Map<Path, WarehouseLock> HELD = new HashMap<>();

  private final WarehouseLayout layout;
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private int holds = 1;

  private WarehouseLock(WarehouseLayout layout, Path file, FileChannel channel, FileLock lock) {
    this.layout = layout;
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of the warehouse for {@code command}, creating the warehouse folder if needed.
   *
   * @throws org.npcwh.core.error.UserException (exit 7) naming the holder when another process has it
   */
  public static WarehouseLock acquire(WarehouseLayout layout, String command) {
    Path file = layout.root().resolve(FILE_NAME);
    synchronized (HELD) {
      WarehouseLock mine = HELD.get(file);
      if (mine != null) {
        mine.holds++;
        return mine;
      }
      FileChannel channel = null;
      try {
        Files.createDirectories(layout.root());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
          String holder = describeHolder(file);
          channel.close();
          throw Errors.warehouseBusy(layout.root(), holder);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holderText(command).getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        WarehouseLock acquired = new WarehouseLock(layout, file, channel, lock);
        HELD.put(file, acquired);
        removeLeftovers(layout);
        return acquired;
      } catch (IOException e) {
        closeQuietly(channel);
        throw Errors.unwritable(file, e);
      }
    }
  }

  @Override
  public void close() {
    synchronized (HELD) {
      if (--holds > 0) {
        return;
      }
      HELD.remove(file);
      try {
        TreeFiles.deleteRecursively(layout.staging());
        channel.truncate(0);
        lock.release();
      } catch (IOException e) {
        // closing the channel below releases the lock anyway; the next holder removes what is left
      } finally {
        closeQuietly(channel);
      }
    }
  }

  /**
   * What crashed writers left: their work folders under {@code _staging/} (Spark's block files
   * included) and the dot-named files of an interrupted swap at the top. Only the lock's holder may
   * remove them, as only a running writer makes them.
   */
  private static void removeLeftovers(WarehouseLayout layout) throws IOException {
    TreeFiles.deleteRecursively(layout.staging());
    try (java.util.stream.Stream<Path> top = Files.list(layout.root())) {
      for (Path entry : top.toList()) {
        String name = entry.getFileName().toString();
        if (LEFTOVER_PREFIXES.stream().anyMatch(name::startsWith)) {
          TreeFiles.deleteRecursively(entry);
        }
      }
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** Who holds a lock: this process, its host, the command and since when; for lock files of any kind. */
  public static String holderText(String command) {
    return "pid " + ProcessHandle.current().pid() + " on host " + hostName() + " running '" + command + "' since "
        + LocalDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS) + " (Asia/Shanghai)";
  }

  private static String describeHolder(Path file) {
    return describeHolder(() -> Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Reads a lock file's text ({@link #holderText}); for lock files of any kind. */
  public interface LockFileText {
    String read() throws IOException;
  }

  /** Who holds a lock, from its lock file's text, as the busy error names it; for lock files of any kind. */
  public static String describeHolder(LockFileText lockFile) {
    try {
      String text = lockFile.read().strip();
      return text.isEmpty() ? "a process that has not written its name yet" : text;
    } catch (IOException e) {
      return "a process whose name cannot be read (" + e.getMessage() + ")";
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing more to release
      }
    }
  }
}
