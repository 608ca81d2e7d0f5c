package org.npcwh.ingest.parquet;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/**
 * Streams rows into one local Parquet file (SNAPPY). Memory is bounded by the row group size, so
 * batches of any length can be written.
 */
public final class ParquetTableWriter implements AutoCloseable {
  /** Small row groups keep memory low; the raw layer is read whole, so large groups buy little. */
  private static final long ROW_GROUP_BYTES = 32L * 1024 * 1024;

  private final ParquetWriter<Object[]> writer;
  private long rowCount;

  private ParquetTableWriter(ParquetWriter<Object[]> writer) {
    this.writer = writer;
  }

  public static ParquetTableWriter create(Path file, TableSchema schema) throws IOException {
    return new ParquetTableWriter(new Builder(new LocalOutputFile(file), schema)
        .withConf(new PlainParquetConfiguration())
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withRowGroupSize(ROW_GROUP_BYTES)
        .build());
  }

  public void write(Object[] row) throws IOException {
    writer.write(row);
    rowCount++;
  }

  public long rowCount() {
    return rowCount;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
    private final TableSchema schema;

    Builder(OutputFile file, TableSchema schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Still abstract in parquet-java 1.17, though deprecated; the ParquetConfiguration variant is used. */
    @Override
    @SuppressWarnings("deprecation")
    protected WriteSupport<Object[]> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
      return new RowWriteSupport(schema);
    }

    @Override
    protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
      return new RowWriteSupport(schema);
    }
  }
}
