package org.npcwh.transform.raw;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.ingest.parquet.ColumnType;
import org.npcwh.ingest.parquet.TableSchema;

/**
 * Spark schemas of the raw layer, read off the Parquet shapes ingest writes ({@link
 * org.npcwh.ingest.RawTables}), so that a column is declared once for both stages.
 */
public final class RawSchemas {
  private RawSchemas() {}

  /** The ledger entry of one batch ({@code _ledger.parquet}). */
  public static final StructType LEDGER = of(org.npcwh.ingest.RawTables.LEDGER);

  /** The accepted rows of a dataset: its contract fields under their stored names, then the lineage columns. */
  public static StructType of(SourceDataset dataset) {
    return of(org.npcwh.ingest.RawTables.data(dataset));
  }

  private static StructType of(TableSchema table) {
    StructType schema = new StructType();
    for (var column : table.columns()) {
      schema = schema.add(column.name(), sparkType(column.type()), true);
    }
    return schema;
  }

  private static DataType sparkType(ColumnType type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INT64 -> DataTypes.LongType;
      case DECIMAL -> DataTypes.createDecimalType(TableSchema.DECIMAL_PRECISION, TableSchema.DECIMAL_SCALE);
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampNTZType;
      case STRING_LIST -> DataTypes.createArrayType(DataTypes.StringType, true);
    };
  }
}
