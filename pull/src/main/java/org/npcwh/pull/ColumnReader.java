package org.npcwh.pull;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.npcwh.core.contract.FieldType;

/**
 * Reads one result column as the contract's text for one field type. Which reader a column gets
 * depends only on the contract type and the JDBC metadata ({@link #choose}), so the same mapping
 * serves PostgreSQL, MySQL and MariaDB; values are read with the JDBC 4.2 {@code java.time} getters,
 * never through the JVM's default time zone. A null value reads as null (an empty CSV field).
 */
enum ColumnReader {
  TEXT((rs, c) -> rs.getString(c)),
  UNPADDED_TEXT((rs, c) -> ContractText.unpadded(rs.getString(c))),
  INTEGER((rs, c) -> {
    long value = rs.getLong(c);
    return rs.wasNull() ? null : Long.toString(value);
  }),
  DECIMAL_AS_INTEGER((rs, c) -> ContractText.integer(rs.getBigDecimal(c))),
  DECIMAL((rs, c) -> ContractText.decimal(rs.getBigDecimal(c))),
  FLOAT_AS_DECIMAL((rs, c) -> {
    double value = rs.getDouble(c);
    return rs.wasNull() ? null : ContractText.decimal(BigDecimal.valueOf(value));
  }),
  BOOLEAN((rs, c) -> {
    boolean value = rs.getBoolean(c);
    return rs.wasNull() ? null : ContractText.bool(value);
  }),
  NUMBER_AS_BOOLEAN((rs, c) -> {
    long value = rs.getLong(c);
    return rs.wasNull() ? null : ContractText.bool(value != 0);
  }),
  TEXT_AS_BOOLEAN((rs, c) -> ContractText.boolFromText(rs.getString(c))),
  DATE((rs, c) -> ContractText.date(rs.getObject(c, LocalDate.class))),
  TIMESTAMP_AS_DATE((rs, c) -> dateOf(localTime(rs, c))),
  ZONED_TIMESTAMP_AS_DATE((rs, c) -> dateOf(chinaTime(rs, c))),
  TIMESTAMP((rs, c) -> ContractText.timestamp(localTime(rs, c))),
  ZONED_TIMESTAMP((rs, c) -> ContractText.timestamp(chinaTime(rs, c))),
  DATE_AS_TIMESTAMP((rs, c) -> {
    LocalDate value = rs.getObject(c, LocalDate.class);
    return value == null ? null : ContractText.timestamp(value.atStartOfDay());
  }),
  ARRAY_AS_LIST(ColumnReader::arrayAsList),
  SET_AS_LIST((rs, c) -> ContractText.listFromSet(rs.getString(c)));

  /** How one column of the current row becomes contract text. */
  @FunctionalInterface
  private interface Reading {
    String read(ResultSet rs, int column) throws SQLException;
  }

  private final Reading reading;

  ColumnReader(Reading reading) {
    this.reading = reading;
  }

  String read(ResultSet rs, int column) throws SQLException {
    return reading.read(rs, column);
  }

  private static String dateOf(LocalDateTime value) {
    return value == null ? null : ContractText.date(value.toLocalDate());
  }

  private static String arrayAsList(ResultSet rs, int column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) {
      return null;
    }
    try {
      return ContractText.list((Object[]) array.getArray());
    } finally {
      array.free();
    }
  }

  /** A local timestamp column (PostgreSQL {@code timestamp}, MySQL {@code DATETIME}) as it is stored. */
  static LocalDateTime localTime(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, LocalDateTime.class);
  }

  /** A zoned timestamp column (PostgreSQL {@code timestamptz}) as local China time. */
  static LocalDateTime chinaTime(ResultSet rs, int column) throws SQLException {
    return ContractText.chinaTime(rs.getObject(column, OffsetDateTime.class));
  }

  /** How a column of this SQL type is delivered as a field of this contract type; empty when it cannot be. */
  static Optional<ColumnReader> choose(FieldType field, SqlColumnType column) {
    if (column.isCharacter()) {
      return Optional.of(switch (field) {
        case BOOL -> TEXT_AS_BOOLEAN;
        default -> column.isPadded() ? UNPADDED_TEXT : TEXT;
      });
    }
    return Optional.ofNullable(switch (field) {
      case STR -> column.isOpaque() ? null : textOf(column);
      case INT -> column.isIntegral() ? INTEGER : column.isDecimal() ? DECIMAL_AS_INTEGER : null;
      case DEC -> column.isDecimal() ? DECIMAL : column.isIntegral() ? INTEGER
          : column.isFloating() ? FLOAT_AS_DECIMAL : null;
      case BOOL -> column.isBoolean() ? BOOLEAN : column.isIntegral() ? NUMBER_AS_BOOLEAN : null;
      case DATE -> column.isDate() ? DATE
          : column.isTimestamp() ? (column.isZoned() ? ZONED_TIMESTAMP_AS_DATE : TIMESTAMP_AS_DATE) : null;
      case TS -> column.isTimestamp() ? (column.isZoned() ? ZONED_TIMESTAMP : TIMESTAMP)
          : column.isDate() ? DATE_AS_TIMESTAMP : null;
      case LIST -> column.isArray() ? ARRAY_AS_LIST : column.isMysqlSet() ? SET_AS_LIST : null;
    });
  }

  /** A string field from a non-text column: dates and times in the contract's form, the rest as the driver prints it. */
  private static ColumnReader textOf(SqlColumnType column) {
    if (column.isTimestamp()) {
      return column.isZoned() ? ZONED_TIMESTAMP : TIMESTAMP;
    }
    if (column.isDate()) {
      return DATE;
    }
    if (column.isBoolean()) {
      return BOOLEAN;
    }
    return column.isMysqlSet() ? SET_AS_LIST : TEXT;
  }
}
