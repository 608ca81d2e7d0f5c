package org.npcwh.ingest.parquet;

/**
 * The value kinds ingest writes to Parquet, and the Java value each expects in a row array:
 * String, Long, BigDecimal, Boolean, LocalDate, LocalDateTime, List of String.
 */
public enum ColumnType {
  /** UTF-8 text: {@code String}. */
  STRING,
  /** 64-bit whole number: {@code Long}. */
  INT64,
  /** DECIMAL(18,4) stored as INT64: {@code BigDecimal} with at most 4 decimal places. */
  DECIMAL,
  /** {@code Boolean}. */
  BOOLEAN,
  /** DATE (days since 1970-01-01): {@code LocalDate}. */
  DATE,
  /** TIMESTAMP(MICROS, isAdjustedToUTC=false), i.e. timestamp_ntz: {@code LocalDateTime}. */
  TIMESTAMP,
  /** A 3-level Parquet LIST of UTF-8 strings: {@code List<String>}. */
  STRING_LIST
}
