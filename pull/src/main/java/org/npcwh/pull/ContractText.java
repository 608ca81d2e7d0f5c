package org.npcwh.pull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Java values as the source contract writes them: dates {@code YYYY-MM-DD}, timestamps
 * {@code YYYY-MM-DD HH:MM:SS} in China time, decimals in plain notation, {@code true}/{@code false},
 * lists joined with {@code ;}. Pure functions, so the mapping of every database's types can be
 * tested without the database.
 */
final class ContractText {
  /** The contract's time zone: local times are China time. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

  private ContractText() {}

  static String timestamp(LocalDateTime value) {
    return value == null ? null : TIMESTAMP.format(value);
  }

  /** An instant (e.g. PostgreSQL {@code timestamptz}) as the local time in China it was. */
  static LocalDateTime chinaTime(OffsetDateTime value) {
    return value == null ? null : value.atZoneSameInstant(CHINA).toLocalDateTime();
  }

  static String date(LocalDate value) {
    return value == null ? null : DATE.format(value);
  }

  static String decimal(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  /** A whole number in plain notation; a fractional value stays as it is (ingest sets the row aside). */
  static String integer(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() <= 0 ? stripped.toBigIntegerExact().toString() : value.toPlainString();
  }

  static String bool(boolean value) {
    return value ? "true" : "false";
  }

  /**
   * Common spellings of booleans in text columns ({@code t}, {@code 1}, {@code Y}, {@code 是}…) as
   * {@code true}/{@code false}; anything else is passed on for ingest to set the row aside.
   */
  static String boolFromText(String value) {
    if (value == null) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "t", "1", "y", "yes", "是" -> "true";
      case "false", "f", "0", "n", "no", "否" -> "false";
      default -> value;
    };
  }

  /** Array elements joined with {@code ;}; null elements are left out, an empty array is null. */
  static String list(Object[] elements) {
    if (elements == null) {
      return null;
    }
    String joined = Stream.of(elements).filter(Objects::nonNull).map(Object::toString)
        .collect(Collectors.joining(";"));
    return joined.isEmpty() ? null : joined;
  }

  /** A MySQL {@code SET} value ({@code a,b}) as a contract list ({@code a;b}). */
  static String listFromSet(String value) {
    return value == null || value.isEmpty() ? null : value.replace(',', ';');
  }

  /** {@code CHAR(n)} values come padded with blanks; the contract's codes and ids are not. */
  static String unpadded(String value) {
    return value == null ? null : value.stripTrailing();
  }
}
