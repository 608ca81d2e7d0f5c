package org.npcwh.warehouse;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** How one non-null value of a {@link QueryResult} reads as text in every output format. */
final class CellText {
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private CellText() {}

  static String of(Object value) {
    if (value instanceof LocalDateTime t) {
      return (t.getNano() == 0 ? SECONDS : MICROS).format(t);
    }
    if (value instanceof Double d && Double.isFinite(d)) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Float f && Float.isFinite(f)) {
      return new BigDecimal(f.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof List<?> items) {
      return items.stream().map(i -> i == null ? "NULL" : of(i)).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  static boolean isNumber(Object value) {
    return value instanceof Number;
  }
}
