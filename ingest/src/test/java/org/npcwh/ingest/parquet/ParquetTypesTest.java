package org.npcwh.ingest.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader other than ours sees: physical types and logical annotations in the file footer. */
class ParquetTypesTest {
  private static final TableSchema SCHEMA = new TableSchema("t", List.of(
      new Column("s", ColumnType.STRING), new Column("i", ColumnType.INT64), new Column("d", ColumnType.DECIMAL),
      new Column("b", ColumnType.BOOLEAN), new Column("day", ColumnType.DATE), new Column("ts", ColumnType.TIMESTAMP),
      new Column("l", ColumnType.STRING_LIST)));

  @TempDir
  Path temp;

  @Test
  void annotationsMatchTheAgreedTableShapes() throws Exception {
    Path file = temp.resolve("t.parquet");
    try (ParquetTableWriter writer = ParquetTableWriter.create(file, SCHEMA)) {
      writer.write(new Object[] {"x", 1L, new BigDecimal("1.5"), true, LocalDate.of(2024, 1, 31),
          LocalDateTime.of(2024, 1, 31, 23, 59, 59), List.of("a", "b")});
    }
    MessageType schema;
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      schema = reader.getFooter().getFileMetaData().getSchema();
      assertThat(reader.getFooter().getBlocks().get(0).getColumns().get(0).getCodec().name()).isEqualTo("SNAPPY");
    }
    assertThat(primitive(schema, "s")).isEqualTo(PrimitiveTypeName.BINARY);
    assertThat(schema.getType("s").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
    assertThat(primitive(schema, "i")).isEqualTo(PrimitiveTypeName.INT64);
    assertThat(schema.getType("i").getLogicalTypeAnnotation()).isNull();
    DecimalLogicalTypeAnnotation decimal = (DecimalLogicalTypeAnnotation) schema.getType("d").getLogicalTypeAnnotation();
    assertThat(decimal.getPrecision()).isEqualTo(18);
    assertThat(decimal.getScale()).isEqualTo(4);
    assertThat(primitive(schema, "b")).isEqualTo(PrimitiveTypeName.BOOLEAN);
    assertThat(primitive(schema, "day")).isEqualTo(PrimitiveTypeName.INT32);
    assertThat(schema.getType("day").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.dateType());
    assertThat(primitive(schema, "ts")).isEqualTo(PrimitiveTypeName.INT64);
    TimestampLogicalTypeAnnotation ts = (TimestampLogicalTypeAnnotation) schema.getType("ts").getLogicalTypeAnnotation();
    // isAdjustedToUTC=false is what DuckDB reads as TIMESTAMP (true would be TIMESTAMPTZ), Spark as timestamp_ntz.
    assertThat(ts.isAdjustedToUTC()).isFalse();
    assertThat(ts.getUnit()).isEqualTo(LogicalTypeAnnotation.TimeUnit.MICROS);
    Type list = schema.getType("l");
    assertThat(list.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.listType());
    assertThat(list.asGroupType().getType("list").asGroupType().getType("element").getLogicalTypeAnnotation())
        .isEqualTo(LogicalTypeAnnotation.stringType());
  }

  @Test
  void valuesRoundTripIncludingNullsAndEmptyLists() throws Exception {
    Path file = temp.resolve("t.parquet");
    Object[] full = {"福田", -7L, new BigDecimal("1200.5"), false, LocalDate.of(1969, 12, 31),
        LocalDateTime.of(1969, 12, 31, 23, 59, 59), List.of("D1", "D2")};
    Object[] sparse = {null, null, null, null, null, null, List.of()};
    try (ParquetTableWriter writer = ParquetTableWriter.create(file, SCHEMA)) {
      writer.write(full);
      writer.write(sparse);
      assertThat(writer.rowCount()).isEqualTo(2);
    }
    List<Object[]> rows = ParquetTableReader.readAll(file, SCHEMA);
    assertThat(rows.get(0)).containsExactly("福田", -7L, new BigDecimal("1200.5000"), false, LocalDate.of(1969, 12, 31),
        LocalDateTime.of(1969, 12, 31, 23, 59, 59), List.of("D1", "D2"));
    assertThat(rows.get(1)).containsExactly(null, null, null, null, null, null, List.of());
  }

  @Test
  void wallClockTimeIsStoredWithoutAZoneShift() {
    assertThat(RowWriteSupport.epochMicros(LocalDateTime.of(1970, 1, 1, 8, 0, 0, 123_456_000)))
        .isEqualTo(8L * 3600 * 1_000_000 + 123_456);
  }

  private static PrimitiveTypeName primitive(MessageType schema, String column) {
    return schema.getType(column).asPrimitiveType().getPrimitiveTypeName();
  }
}
