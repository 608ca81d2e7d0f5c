package org.npcwh.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npcwh.core.contract.FieldType.BOOL;
import static org.npcwh.core.contract.FieldType.DATE;
import static org.npcwh.core.contract.FieldType.DEC;
import static org.npcwh.core.contract.FieldType.INT;
import static org.npcwh.core.contract.FieldType.LIST;
import static org.npcwh.core.contract.FieldType.STR;
import static org.npcwh.core.contract.FieldType.TS;

import java.sql.Types;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.FieldType;

/**
 * The choice of reader from JDBC metadata, for the column types PostgreSQL's and MySQL/MariaDB's
 * drivers report (type codes and names as Connector/J 8 and MariaDB Connector/J 3 report them with
 * their defaults; no MySQL server runs here, so this is where their mapping is tested).
 */
class ColumnReaderTest {
  @Test
  void postgresql() {
    assertThat(reader(STR, Types.VARCHAR, "text")).contains(ColumnReader.TEXT);
    assertThat(reader(STR, Types.CHAR, "bpchar")).contains(ColumnReader.UNPADDED_TEXT);
    assertThat(reader(STR, Types.OTHER, "uuid")).contains(ColumnReader.TEXT);
    assertThat(reader(INT, Types.INTEGER, "int4")).contains(ColumnReader.INTEGER);
    assertThat(reader(INT, Types.NUMERIC, "numeric")).contains(ColumnReader.DECIMAL_AS_INTEGER);
    assertThat(reader(DEC, Types.NUMERIC, "numeric")).contains(ColumnReader.DECIMAL);
    assertThat(reader(DEC, Types.DOUBLE, "float8")).contains(ColumnReader.FLOAT_AS_DECIMAL);
    assertThat(reader(BOOL, Types.BIT, "bool")).contains(ColumnReader.BOOLEAN);
    assertThat(reader(DATE, Types.DATE, "date")).contains(ColumnReader.DATE);
    assertThat(reader(TS, Types.TIMESTAMP, "timestamp")).contains(ColumnReader.TIMESTAMP);
    assertThat(reader(TS, Types.TIMESTAMP, "timestamptz")).contains(ColumnReader.ZONED_TIMESTAMP);
    assertThat(reader(DATE, Types.TIMESTAMP, "timestamptz")).contains(ColumnReader.ZONED_TIMESTAMP_AS_DATE);
    assertThat(reader(LIST, Types.ARRAY, "_text")).contains(ColumnReader.ARRAY_AS_LIST);
    assertThat(reader(LIST, Types.VARCHAR, "text")).as("already ;-joined").contains(ColumnReader.TEXT);
  }

  @Test
  void mysqlAndMariadb() {
    assertThat(reader(STR, Types.VARCHAR, "VARCHAR")).contains(ColumnReader.TEXT);
    assertThat(reader(STR, Types.LONGVARCHAR, "TEXT")).contains(ColumnReader.TEXT);
    assertThat(reader(STR, Types.CHAR, "ENUM")).as("not padded").contains(ColumnReader.TEXT);
    assertThat(reader(BOOL, Types.BIT, "BIT")).as("TINYINT(1) with tinyInt1isBit").contains(ColumnReader.BOOLEAN);
    assertThat(reader(BOOL, Types.TINYINT, "TINYINT")).contains(ColumnReader.NUMBER_AS_BOOLEAN);
    assertThat(reader(BOOL, Types.CHAR, "CHAR")).contains(ColumnReader.TEXT_AS_BOOLEAN);
    assertThat(reader(INT, Types.BIGINT, "BIGINT UNSIGNED")).contains(ColumnReader.INTEGER);
    assertThat(reader(INT, Types.DATE, "YEAR")).as("YEAR comes as DATE").contains(ColumnReader.INTEGER);
    assertThat(reader(DEC, Types.DECIMAL, "DECIMAL")).contains(ColumnReader.DECIMAL);
    assertThat(reader(TS, Types.TIMESTAMP, "DATETIME")).contains(ColumnReader.TIMESTAMP);
    assertThat(reader(TS, Types.TIMESTAMP, "TIMESTAMP")).as("converted by the driver to connectionTimeZone")
        .contains(ColumnReader.TIMESTAMP);
    assertThat(reader(TS, Types.DATE, "DATE")).contains(ColumnReader.DATE_AS_TIMESTAMP);
    assertThat(reader(LIST, Types.CHAR, "SET")).contains(ColumnReader.SET_AS_LIST);
  }

  @Test
  void whatCannotBeDeliveredHasNoReader() {
    assertThat(reader(STR, Types.VARBINARY, "bytea")).isEmpty();
    assertThat(reader(STR, Types.LONGVARBINARY, "BLOB")).isEmpty();
    assertThat(reader(INT, Types.TIMESTAMP, "timestamp")).isEmpty();
    assertThat(reader(DATE, Types.INTEGER, "int4")).isEmpty();
    assertThat(reader(LIST, Types.INTEGER, "int4")).isEmpty();
    assertThat(reader(BOOL, Types.DATE, "date")).isEmpty();
  }

  private static Optional<ColumnReader> reader(FieldType field, int jdbcType, String typeName) {
    return ColumnReader.choose(field, new SqlColumnType(jdbcType, typeName));
  }
}
