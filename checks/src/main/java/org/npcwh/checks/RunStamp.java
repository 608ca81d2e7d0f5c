package org.npcwh.checks;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * When a check run started and the id it is known by, e.g. {@code 20231126T021500Z-3fa9c1}: UTC
 * time so ids sort by time on any machine, and a random suffix so two runs in one second differ.
 *
 * @param runId the run's id
 * @param checkedAt the same moment in local China time, as stored in {@code checked_at}
 */
record RunStamp(String runId, LocalDateTime checkedAt) {
  /** The warehouse's time zone: timestamps are local China time (docs/contract/sources.md). */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  static RunStamp at(Instant now) {
    Instant micros = now.truncatedTo(ChronoUnit.MICROS);
    byte[] suffix = new byte[3];
    RANDOM.nextBytes(suffix);
    return new RunStamp(ID_TIME.format(micros) + "-" + HexFormat.of().formatHex(suffix),
        LocalDateTime.ofInstant(micros, CHINA));
  }

  /** {@code checked_at} as an instant. */
  static Instant instantOf(LocalDateTime checkedAt) {
    return checkedAt.atZone(CHINA).toInstant();
  }
}
