package org.npcwh.pull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;
import org.npcwh.core.landing.Sha256;

/**
 * The row versions (key, updated_at) an incremental pull has seen within one overlap of the newest
 * updated_at. They are remembered with the watermark, so the next pull, which reads again from
 * {@code watermark - overlap} to catch rows the source committed late, can tell a version it
 * delivered already from a late one. Rows arrive sorted by updated_at, so the versions older than
 * an overlap are dropped as the pull goes: memory stays bounded by the rows of one overlap.
 */
final class RecentVersions {
  /** ISO local date-time with seconds always written: the state file's and the fingerprints' form. */
  static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
  private static final HexFormat HEX = HexFormat.of();

  private record Version(String key, LocalDateTime updatedAt) {}

  private final Duration overlap;
  private final ArrayDeque<Version> window = new ArrayDeque<>();
  private LocalDateTime newest;

  RecentVersions(Duration overlap) {
    this.overlap = overlap;
  }

  void observe(String key, LocalDateTime updatedAt) {
    if (updatedAt == null) {
      return;
    }
    if (newest == null || updatedAt.isAfter(newest)) {
      newest = updatedAt;
    }
    window.addLast(new Version(key, updatedAt));
    LocalDateTime floor = newest.minus(overlap);
    while (!window.isEmpty() && !window.peekFirst().updatedAt().isAfter(floor)) {
      window.pollFirst();
    }
  }

  /** The newest updated_at seen, or null when no row had one. */
  LocalDateTime newest() {
    return newest;
  }

  /** Fingerprints of the versions seen with updated_at after {@code floor}. */
  List<String> fingerprintsAfter(LocalDateTime floor) {
    return window.stream().filter(v -> v.updatedAt().isAfter(floor))
        .map(v -> fingerprint(v.key(), v.updatedAt())).distinct().sorted().toList();
  }

  /**
   * 64 bits of SHA-256 over key and updated_at: compact in the state file, and a false match (which
   * would skip a late row) has a chance of about n²/2⁶⁵ for n versions in one overlap.
   */
  static String fingerprint(String key, LocalDateTime updatedAt) {
    byte[] digest = Sha256.digest().digest((key + '\u0000' + ISO.format(updatedAt))
        .getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(digest, 0, 8);
  }
}
