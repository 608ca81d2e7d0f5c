package org.npcwh.ingest.validate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.npcwh.core.contract.FieldType;
import org.npcwh.ingest.parquet.TableSchema;

/**
 * Parses delivered text into typed values, strictly: no surrounding spaces, no other spellings.
 * Returns null when the text is not a value of the type; the caller words the reason.
 */
final class ValueParser {
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final int MAX_INTEGER_DIGITS = TableSchema.DECIMAL_PRECISION - TableSchema.DECIMAL_SCALE;
  /**
   * Longer text is no decimal of the contract's size, even with leading zeros; and BigDecimal parses in
   * time quadratic in the digits (the fuzzer's 1 M-digit field held ingest for over a minute).
   */
  private static final int MAX_DECIMAL_CHARS = 64;

  private ValueParser() {}

  /** The expected shape of a type, for reasons such as {@code is not a date (YYYY-MM-DD)}. */
  static String shape(FieldType type) {
    return switch (type) {
      case STR -> "a string";
      case INT -> "a whole number";
      case DEC -> "a decimal number with at most 4 decimal places and 14 integer digits";
      case BOOL -> "a boolean (true or false)";
      case DATE -> "a date (YYYY-MM-DD)";
      case TS -> "a timestamp (YYYY-MM-DD HH:MM:SS)";
      case LIST -> "a ;-separated list";
    };
  }

  static Object parse(FieldType type, String text) {
    return switch (type) {
      case STR -> text;
      case INT -> WHOLE.matcher(text).matches() ? Long.valueOf(text) : null;
      case DEC -> decimal(text);
      case BOOL -> "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
      case DATE -> date(text);
      case TS -> timestamp(text);
      case LIST -> list(text);
    };
  }

  private static BigDecimal decimal(String text) {
    if (text.length() > MAX_DECIMAL_CHARS || !DECIMAL.matcher(text).matches()) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    boolean fits = value.scale() <= TableSchema.DECIMAL_SCALE
        && value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
    return fits ? value : null;
  }

  private static LocalDate date(String text) {
    if (text.length() != 10 || !digitsAt(text, 0, 4) || text.charAt(4) != '-' || !digitsAt(text, 5, 2)
        || text.charAt(7) != '-' || !digitsAt(text, 8, 2)) {
      return null;
    }
    try {
      return LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDateTime timestamp(String text) {
    if (text.length() != 19 || text.charAt(10) != ' ' || text.charAt(13) != ':' || text.charAt(16) != ':'
        || !digitsAt(text, 11, 2) || !digitsAt(text, 14, 2) || !digitsAt(text, 17, 2)) {
      return null;
    }
    LocalDate day = date(text.substring(0, 10));
    if (day == null) {
      return null;
    }
    try {
      return day.atTime(number(text, 11, 2), number(text, 14, 2), number(text, 17, 2));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Elements are trimmed; empty elements (as in {@code "a;;b"} or a trailing {@code ;}) are dropped. */
  private static List<String> list(String text) {
    List<String> elements = new ArrayList<>();
    for (String element : text.split(";")) {
      String trimmed = element.strip();
      if (!trimmed.isEmpty()) {
        elements.add(trimmed);
      }
    }
    return List.copyOf(elements);
  }

  private static boolean digitsAt(String text, int from, int count) {
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String text, int from, int count) {
    return Integer.parseInt(text, from, from + count, 10);
  }
}
