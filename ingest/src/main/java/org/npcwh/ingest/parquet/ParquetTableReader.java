package org.npcwh.ingest.parquet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Reads back files written by {@link ParquetTableWriter}, only the columns asked for. A column the
 * file does not hold (written before the column was added) reads as null.
 */
public final class ParquetTableReader {
  private ParquetTableReader() {}

  /** Every row of the file, as values of the named columns in the order given. */
  public static void forEach(Path file, TableSchema schema, List<String> columnNames, Consumer<Object[]> rows)
      throws IOException {
    forEach(new LocalInputFile(file), schema, columnNames, rows);
  }

  /** As {@link #forEach(Path, TableSchema, List, Consumer)}, from any Parquet input (e.g. on HDFS). */
  public static void forEach(InputFile file, TableSchema schema, List<String> columnNames, Consumer<Object[]> rows)
      throws IOException {
    try (ParquetFileReader reader = open(file)) {
      MessageType fileSchema = reader.getFooter().getFileMetaData().getSchema();
      List<String> present = columnNames.stream().filter(fileSchema::containsField).toList();
      MessageType projection = schema.projection(present);
      List<ColumnType> types = present.stream().map(n -> schema.columns().get(schema.indexOf(n)).type()).toList();
      int[] positions = present.stream().mapToInt(columnNames::indexOf).toArray();
      reader.setRequestedSchema(projection);
      PageReadStore rowGroup;
      while ((rowGroup = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records = new ColumnIOFactory()
            .getColumnIO(projection, fileSchema)
            .getRecordReader(rowGroup, new GroupRecordConverter(projection));
        for (long i = 0; i < rowGroup.getRowCount(); i++) {
          rows.accept(toRow(records.read(), types, positions, columnNames.size()));
        }
      }
    }
  }

  /** The number of rows of any Parquet file, from its footer. */
  public static long rowCount(Path file) throws IOException {
    return rowCount(new LocalInputFile(file));
  }

  /** The number of rows of any Parquet input, from its footer. */
  public static long rowCount(InputFile file) throws IOException {
    try (ParquetFileReader reader = open(file)) {
      return reader.getRecordCount();
    }
  }

  /**
   * Options over a plain configuration: without them, parquet-hadoop builds a Hadoop Configuration per
   * file, which parses Hadoop's default XML resources each time (the ledger alone has a file per batch).
   */
  private static ParquetFileReader open(InputFile file) throws IOException {
    return ParquetFileReader.open(file,
        ParquetReadOptions.builder(new PlainParquetConfiguration()).build());
  }

  /** All rows with all columns of the schema; for small files (ledgers, tests). */
  public static List<Object[]> readAll(Path file, TableSchema schema) throws IOException {
    return readAll(new LocalInputFile(file), schema);
  }

  /** All rows with all columns of the schema, from any Parquet input. */
  public static List<Object[]> readAll(InputFile file, TableSchema schema) throws IOException {
    List<Object[]> result = new ArrayList<>();
    forEach(file, schema, schema.columns().stream().map(Column::name).toList(), result::add);
    return result;
  }

  private static Object[] toRow(Group group, List<ColumnType> types, int[] positions, int width) {
    Object[] row = new Object[width];
    for (int i = 0; i < positions.length; i++) {
      row[positions[i]] = group.getFieldRepetitionCount(i) == 0 ? null : value(group, i, types.get(i));
    }
    return row;
  }

  private static Object value(Group group, int index, ColumnType type) {
    return switch (type) {
      case STRING -> group.getString(index, 0);
      case INT64 -> group.getLong(index, 0);
      case DECIMAL -> BigDecimal.valueOf(group.getLong(index, 0), TableSchema.DECIMAL_SCALE);
      case BOOLEAN -> group.getBoolean(index, 0);
      case DATE -> LocalDate.ofEpochDay(group.getInteger(index, 0));
      case TIMESTAMP -> fromEpochMicros(group.getLong(index, 0));
      case STRING_LIST -> listValue(group.getGroup(index, 0));
    };
  }

  private static List<String> listValue(Group list) {
    int size = list.getFieldRepetitionCount(0);
    List<String> elements = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      elements.add(list.getGroup(0, k).getString(0, 0));
    }
    return elements;
  }

  private static LocalDateTime fromEpochMicros(long micros) {
    return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
        (int) Math.floorMod(micros, 1_000_000L) * 1_000, ZoneOffset.UTC);
  }
}
