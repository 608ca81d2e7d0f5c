package org.npcwh.transform.raw;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * One batch's ledger entry ({@code _ledger.parquet}, one row of a few hundred bytes), read on the
 * driver. A Spark scan would cost a task and a Hadoop configuration copy per file, and a warehouse has
 * one such file per batch: the sample's ~370 took 3.7 s through Spark, a fraction of a second here.
 */
final class LedgerFile {
  private LedgerFile() {}

  /** The entry as a row of {@link RawSchemas#LEDGER}; a column the file lacks reads as null. */
  static Row read(Path file) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      PageReadStore rows = reader.readNextRowGroup();
      if (rows == null || rows.getRowCount() != 1 || reader.readNextRowGroup() != null) {
        throw new IOException("a ledger file must hold exactly one row");
      }
      RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
          .getRecordReader(rows, new GroupRecordConverter(schema));
      Group entry = records.read();
      StructField[] fields = RawSchemas.LEDGER.fields();
      Object[] values = new Object[fields.length];
      for (int i = 0; i < fields.length; i++) {
        String name = fields[i].name();
        if (schema.containsField(name)) {
          int index = schema.getFieldIndex(name);
          values[i] = entry.getFieldRepetitionCount(index) == 0 ? null : value(entry, index, fields[i].dataType());
        }
      }
      return RowFactory.create(values);
    }
  }

  private static Object value(Group entry, int index, DataType type) {
    if (type.equals(DataTypes.StringType)) {
      return entry.getString(index, 0);
    }
    if (type.equals(DataTypes.LongType)) {
      return entry.getLong(index, 0);
    }
    if (type.equals(DataTypes.TimestampNTZType)) {
      long micros = entry.getLong(index, 0);
      return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
          (int) Math.floorMod(micros, 1_000_000L) * 1_000, ZoneOffset.UTC);
    }
    throw new IllegalStateException("no ledger column is of type " + type);
  }
}
