package org.npcwh.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.npcwh.core.error.Errors;
import org.npcwh.core.error.PullErrors;

/**
 * What a source's pulls have committed, per dataset: the watermark and recent versions of an
 * incremental dataset, the content hash of a full one. Kept in
 * {@code <landing>/.pull-state/<source>.json} (a dot-folder, so ingest does not take it for a
 * dataset), rewritten through a temporary file and an atomic rename after each published batch.
 * A lock file beside it keeps two pulls of the same source apart.
 */
final class PullState implements AutoCloseable {
  static final String FOLDER = ".pull-state";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * @param watermark the newest updated_at delivered (incremental), or null
   * @param recentVersions fingerprints of the versions delivered within one overlap of the watermark
   * @param contentSha256 the SHA-256 of the last full batch's data file, or null
   */
  record DatasetState(String batchId, LocalDateTime committedAt, LocalDateTime watermark, Set<String> recentVersions,
      String contentSha256) {
    DatasetState {
      recentVersions = Set.copyOf(recentVersions);
    }
  }

  private final Path file;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final ObjectNode root;

  private PullState(Path file, FileChannel lockChannel, FileLock lock, ObjectNode root) {
    this.file = file;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.root = root;
  }

  static Path file(Path landing, String source) {
    return landing.resolve(FOLDER).resolve(source + ".json");
  }

  /** Locks the source's state and reads it; fails when another pull of the source holds the lock. */
  static PullState open(Path landing, String source) {
    Path file = file(landing, source);
    Path lockFile = file.resolveSibling(source + ".lock");
    FileChannel channel = null;
    try {
      Files.createDirectories(file.getParent());
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        throw PullErrors.alreadyRunning(source, lockFile);
      }
      return new PullState(file, channel, lock, read(file, source));
    } catch (IOException e) {
      closeQuietly(channel);
      throw Errors.unwritable(file.getParent(), e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static ObjectNode read(Path file, String source) {
    if (!Files.exists(file)) {
      ObjectNode fresh = JSON.createObjectNode();
      fresh.put("source", source);
      fresh.putObject("datasets");
      return fresh;
    }
    try {
      JsonNode node = JSON.readTree(file.toFile());
      if (node == null || !node.isObject() || !node.path("datasets").isObject()) {
        throw PullErrors.stateUnreadable(file, "it is not a JSON object with a \"datasets\" object");
      }
      return (ObjectNode) node;
    } catch (IOException e) {
      throw PullErrors.stateUnreadable(file, e.getClass().getSimpleName());
    }
  }

  Optional<DatasetState> dataset(String name) {
    JsonNode node = root.path("datasets").get(name);
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    try {
      Set<String> recent = new HashSet<>();
      node.path("recent_versions").forEach(v -> recent.add(v.asText()));
      return Optional.of(new DatasetState(text(node, "batch_id"), time(node, "committed_at"), time(node, "watermark"),
          recent, text(node, "content_sha256")));
    } catch (DateTimeParseException e) {
      throw PullErrors.stateUnreadable(file, "dataset " + name + " has a time that is not ISO yyyy-MM-ddTHH:mm:ss ("
          + e.getParsedString() + ")");
    }
  }

  /** Records a dataset's new state and writes the file (temporary file, then atomic rename). */
  void commit(String name, DatasetState state) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("batch_id", state.batchId());
    node.put("committed_at", RecentVersions.ISO.format(state.committedAt()));
    if (state.watermark() != null) {
      node.put("watermark", RecentVersions.ISO.format(state.watermark()));
      ArrayNode recent = node.putArray("recent_versions");
      state.recentVersions().stream().sorted().forEach(recent::add);
    }
    if (state.contentSha256() != null) {
      node.put("content_sha256", state.contentSha256());
    }
    ((ObjectNode) root.get("datasets")).set(name, node);
    Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.write(temporary, JSON.writeValueAsBytes(root));
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases the lock as well
    }
    closeQuietly(lockChannel);
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static LocalDateTime time(JsonNode node, String key) {
    String value = text(node, key);
    return value == null ? null : LocalDateTime.parse(value, RecentVersions.ISO);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing was locked or written through it
      }
    }
  }
}
