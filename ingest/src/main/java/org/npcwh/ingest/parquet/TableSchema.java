package org.npcwh.ingest.parquet;

import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/** The columns of one Parquet table, in order, and their Parquet schema. */
public record TableSchema(String name, List<Column> columns) {

  /** The decimal shape of every DEC value: DECIMAL(18,4). */
  public static final int DECIMAL_PRECISION = 18;
  public static final int DECIMAL_SCALE = 4;

  public TableSchema {
    columns = List.copyOf(columns);
  }

  public int indexOf(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(columnName)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + columnName + " in " + name);
  }

  public MessageType messageType() {
    return new MessageType(name, columns.stream().map(TableSchema::parquetType).toList());
  }

  /** The schema restricted to the named columns, for reading only what is needed. */
  public MessageType projection(List<String> columnNames) {
    return new MessageType(name,
        columnNames.stream().map(n -> parquetType(columns.get(indexOf(n)))).toList());
  }

  private static Type parquetType(Column column) {
    String n = column.name();
    return switch (column.type()) {
      case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(n);
      case INT64 -> Types.optional(PrimitiveTypeName.INT64).named(n);
      case DECIMAL -> Types.optional(PrimitiveTypeName.INT64)
          .as(LogicalTypeAnnotation.decimalType(DECIMAL_SCALE, DECIMAL_PRECISION)).named(n);
      case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(n);
      case DATE -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(n);
      case TIMESTAMP -> Types.optional(PrimitiveTypeName.INT64)
          .as(LogicalTypeAnnotation.timestampType(false, TimeUnit.MICROS)).named(n);
      case STRING_LIST -> Types.optionalList()
          .optionalElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
          .named(n);
    };
  }
}
