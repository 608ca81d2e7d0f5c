package org.npcwh.transform.raw;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.FieldType;
import org.npcwh.core.contract.RawColumns;
import org.npcwh.core.contract.SourceDataset;

/**
 * Spark schemas of the raw layer (what ingest writes), derived from the contract declarations in core so
 * that a field is declared exactly once.
 */
public final class RawSchemas {
  private RawSchemas() {}

  /** The ledger entry of one batch ({@code _ledger.parquet}). */
  public static final StructType LEDGER = new StructType()
      .add("dataset", DataTypes.StringType)
      .add("batch_id", DataTypes.StringType)
      .add("mode", DataTypes.StringType)
      .add("format", DataTypes.StringType)
      .add("encoding", DataTypes.StringType)
      .add("extracted_at", DataTypes.TimestampNTZType)
      .add("content_sha256", DataTypes.StringType)
      .add("rows_in", DataTypes.LongType)
      .add("rows_accepted", DataTypes.LongType)
      .add("rows_set_aside", DataTypes.LongType)
      .add("rows_pending", DataTypes.LongType)
      .add("status", DataTypes.StringType)
      .add("duplicate_of", DataTypes.StringType)
      .add("ingested_at", DataTypes.TimestampNTZType);

  /** The accepted rows of a dataset: its contract fields under their stored names, then the lineage columns. */
  public static StructType of(SourceDataset dataset) {
    List<StructField> fields = new ArrayList<>();
    for (Field field : dataset.fields()) {
      fields.add(DataTypes.createStructField(field.storedName(), sparkType(field.type()), true));
    }
    fields.add(DataTypes.createStructField(RawColumns.BATCH_ID, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(RawColumns.EXTRACTED_AT, DataTypes.TimestampNTZType, true));
    fields.add(DataTypes.createStructField(RawColumns.SOURCE_FILE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(RawColumns.SOURCE_LINE, DataTypes.LongType, true));
    fields.add(DataTypes.createStructField(RawColumns.PENDING_REFERENCE, DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }

  static DataType sparkType(FieldType type) {
    return switch (type) {
      case STR -> DataTypes.StringType;
      case INT -> DataTypes.LongType;
      case DEC -> DataTypes.createDecimalType(18, 4);
      case BOOL -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case TS -> DataTypes.TimestampNTZType;
      case LIST -> DataTypes.createArrayType(DataTypes.StringType, true);
    };
  }
}
