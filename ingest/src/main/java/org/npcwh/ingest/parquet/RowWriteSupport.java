package org.npcwh.ingest.parquet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/** Writes rows given as {@code Object[]} in the column order of a {@link TableSchema}; null means absent. */
final class RowWriteSupport extends WriteSupport<Object[]> {
  private final TableSchema schema;
  private RecordConsumer consumer;

  RowWriteSupport(TableSchema schema) {
    this.schema = schema;
  }

  /** Still abstract in parquet-java 1.17, though deprecated; the ParquetConfiguration variant is used. */
  @Override
  @SuppressWarnings("deprecation")
  public WriteContext init(Configuration configuration) {
    return new WriteContext(schema.messageType(), Map.of());
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return new WriteContext(schema.messageType(), Map.of());
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  @Override
  public void write(Object[] row) {
    List<Column> columns = schema.columns();
    if (row.length != columns.size()) {
      throw new IllegalArgumentException(schema.name() + ": row has " + row.length + " values for "
          + columns.size() + " columns");
    }
    consumer.startMessage();
    for (int i = 0; i < row.length; i++) {
      if (row[i] != null) {
        consumer.startField(columns.get(i).name(), i);
        writeValue(columns.get(i).type(), row[i]);
        consumer.endField(columns.get(i).name(), i);
      }
    }
    consumer.endMessage();
  }

  private void writeValue(ColumnType type, Object value) {
    switch (type) {
      case STRING -> consumer.addBinary(Binary.fromString((String) value));
      case INT64 -> consumer.addLong((Long) value);
      case DECIMAL -> consumer.addLong(unscaled((BigDecimal) value));
      case BOOLEAN -> consumer.addBoolean((Boolean) value);
      case DATE -> consumer.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
      case TIMESTAMP -> consumer.addLong(epochMicros((LocalDateTime) value));
      case STRING_LIST -> writeList(asStrings(value));
    }
  }

  /** The standard 3-level LIST layout: {@code group (LIST) { repeated group list { element } }}. */
  private void writeList(List<String> elements) {
    consumer.startGroup();
    if (!elements.isEmpty()) {
      consumer.startField("list", 0);
      for (String element : elements) {
        consumer.startGroup();
        consumer.startField("element", 0);
        consumer.addBinary(Binary.fromString(element));
        consumer.endField("element", 0);
        consumer.endGroup();
      }
      consumer.endField("list", 0);
    }
    consumer.endGroup();
  }

  @SuppressWarnings("unchecked")
  private static List<String> asStrings(Object value) {
    return (List<String>) value;
  }

  static long unscaled(BigDecimal value) {
    return value.setScale(TableSchema.DECIMAL_SCALE).unscaledValue().longValueExact();
  }

  /** Wall-clock time as microseconds since 1970-01-01 00:00 of the same wall clock (no zone). */
  static long epochMicros(LocalDateTime value) {
    long seconds = value.toEpochSecond(ZoneOffset.UTC);
    return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), value.getNano() / 1_000L);
  }
}
