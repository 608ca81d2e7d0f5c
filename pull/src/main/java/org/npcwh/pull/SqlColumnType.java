package org.npcwh.pull;

import java.sql.Types;
import java.util.Locale;
import java.util.Set;

/**
 * A result column's type as JDBC reports it ({@link java.sql.ResultSetMetaData}): the
 * {@link Types} code and the database's own type name, which tells apart what the code does not
 * (PostgreSQL's {@code timestamptz} is reported as {@code TIMESTAMP}, MySQL's {@code YEAR} as
 * {@code DATE}, its {@code SET} as {@code CHAR}).
 */
record SqlColumnType(int jdbcType, String typeName) {
  private static final Set<Integer> CHARACTER = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
      Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);
  private static final Set<Integer> INTEGRAL = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT);
  private static final Set<Integer> FLOATING = Set.of(Types.REAL, Types.FLOAT, Types.DOUBLE);
  private static final Set<String> ZONED_NAMES = Set.of("timestamptz", "timestamp with time zone");

  SqlColumnType {
    typeName = typeName == null ? "" : typeName;
  }

  String name() {
    return typeName.toLowerCase(Locale.ROOT);
  }

  boolean isCharacter() {
    return CHARACTER.contains(jdbcType) && !isMysqlSet();
  }

  /** Fixed-width text, padded with blanks by the database. */
  boolean isPadded() {
    return (jdbcType == Types.CHAR || jdbcType == Types.NCHAR) && !name().equals("enum") && !isMysqlSet();
  }

  boolean isMysqlSet() {
    return jdbcType == Types.CHAR && name().equals("set");
  }

  boolean isIntegral() {
    return INTEGRAL.contains(jdbcType) || isMysqlYear();
  }

  boolean isDecimal() {
    return jdbcType == Types.NUMERIC || jdbcType == Types.DECIMAL;
  }

  boolean isFloating() {
    return FLOATING.contains(jdbcType);
  }

  /** PostgreSQL's {@code boolean} is reported as BIT, MySQL's {@code TINYINT(1)} and {@code BOOL} too. */
  boolean isBoolean() {
    return jdbcType == Types.BOOLEAN || jdbcType == Types.BIT;
  }

  boolean isDate() {
    return jdbcType == Types.DATE && !isMysqlYear();
  }

  boolean isMysqlYear() {
    return jdbcType == Types.DATE && name().equals("year");
  }

  boolean isTimestamp() {
    return jdbcType == Types.TIMESTAMP || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE;
  }

  /** An instant rather than a local time: converted to China time when read. */
  boolean isZoned() {
    return jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || (jdbcType == Types.TIMESTAMP && ZONED_NAMES.contains(name()));
  }

  boolean isArray() {
    return jdbcType == Types.ARRAY;
  }

  /** Binary, structured and other values that have no text form in the contract. */
  boolean isOpaque() {
    return Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB, Types.STRUCT, Types.REF,
        Types.DATALINK, Types.JAVA_OBJECT, Types.ROWID, Types.SQLXML).contains(jdbcType) || isArray();
  }

  @Override
  public String toString() {
    return typeName.isEmpty() ? "JDBC type " + jdbcType : typeName;
  }
}
