package org.npcwh.samples.io;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** How typed values are written as text, exactly as the source contract spells them. */
public final class Values {
  /** Timestamps: local China time, no offset. */
  public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Values() {}

  /** The text of a value; null for a missing value (written as an empty CSV field, absent in JSON). */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDateTime ts) {
      return ts.format(TIMESTAMP);
    }
    if (value instanceof BigDecimal dec) {
      return dec.toPlainString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }
    return value.toString();
  }
}
