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
  TEXT {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      return rs.getString(column);
    }
  },
  UNPADDED_TEXT {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      return ContractText.unpadded(rs.getString(column));
    }
  },
  INTEGER {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      long value = rs.getLong(column);
      return rs.wasNull() ? null : Long.toString(value);
    }
  },
  DECIMAL_AS_INTEGER {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      return ContractText.integer(rs.getBigDecimal(column));
    }
  },
  DECIMAL {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      return ContractText.decimal(rs.getBigDecimal(column));
    }
  },
  FLOAT_AS_DECIMAL {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      double value = rs.getDouble(column);
      return rs.wasNull() ? null : ContractText.decimal(BigDecimal.valueOf(value));
    }
  },
  BOOLEAN {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      boolean value = rs.getBoolean(column);
      return rs.wasNull() ? null : ContractText.bool(value);
    }
  },
  NUMBER_AS_BOOLEAN {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      long value = rs.getLong(column);
      return rs.wasNull() ? null : ContractText.bool(value != 0);
    }
  },
  TEXT_AS_BOOLEAN {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      return ContractText.boolFromText(rs.getString(column));
    }
  },
  DATE {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      return ContractText.date(rs.getObject(column, LocalDate.class));
    }
  },
  TIMESTAMP_AS_DATE {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      LocalDateTime value = localTime(rs, column);
      return value == null ? null : ContractText.date(value.toLocalDate());
    }
  },
  ZONED_TIMESTAMP_AS_DATE {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      LocalDateTime value = chinaTime(rs, column);
      return value == null ? null : ContractText.date(value.toLocalDate());
    }
  },
  TIMESTAMP {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      return ContractText.timestamp(localTime(rs, column));
    }
  },
  ZONED_TIMESTAMP {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      return ContractText.timestamp(chinaTime(rs, column));
    }
  },
  DATE_AS_TIMESTAMP {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      LocalDate value = rs.getObject(column, LocalDate.class);
      return value == null ? null : ContractText.timestamp(value.atStartOfDay());
    }
  },
  ARRAY_AS_LIST {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
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
  },
  SET_AS_LIST {
    @Override
    String read(ResultSet rs, int column) throws SQLException {
      return ContractText.listFromSet(rs.getString(column));
    }
  };

  abstract String read(ResultSet rs, int column) throws SQLException;

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
