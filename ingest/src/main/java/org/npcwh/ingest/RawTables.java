package org.npcwh.ingest;

import static org.npcwh.ingest.parquet.ColumnType.INT64;
import static org.npcwh.ingest.parquet.ColumnType.STRING;
import static org.npcwh.ingest.parquet.ColumnType.TIMESTAMP;

import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.RawColumns;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.ingest.parquet.Column;
import org.npcwh.ingest.parquet.ColumnType;
import org.npcwh.ingest.parquet.TableSchema;

/** The Parquet shapes of the raw layer: what ingest writes and transform reads back. */
public final class RawTables {
  private RawTables() {}

  public static final TableSchema SET_ASIDE = new TableSchema("set_aside", List.of(
      new Column("dataset", STRING),
      new Column("batch_id", STRING),
      new Column("source_file", STRING),
      new Column("source_line", INT64),
      new Column("reason_code", STRING),
      new Column("field", STRING),
      new Column("reason", STRING),
      new Column("raw_text", STRING)));

  public static final TableSchema LEDGER = new TableSchema("ledger", List.of(
      new Column("dataset", STRING),
      new Column("batch_id", STRING),
      new Column("mode", STRING),
      new Column("format", STRING),
      new Column("encoding", STRING),
      new Column("extracted_at", TIMESTAMP),
      new Column("content_sha256", STRING),
      new Column("rows_in", INT64),
      new Column("rows_accepted", INT64),
      new Column("rows_set_aside", INT64),
      new Column("rows_pending", INT64),
      new Column("status", STRING),
      new Column("duplicate_of", STRING),
      new Column("ingested_at", TIMESTAMP)));

  public static final TableSchema REJECTED = new TableSchema("rejected", List.of(
      new Column("dataset", STRING),
      new Column("batch_id", STRING),
      new Column("status", STRING),
      new Column("reason", STRING),
      new Column("rejected_at", TIMESTAMP)));

  /** The accepted rows of a dataset: contract fields under their stored names, then lineage. */
  public static TableSchema data(SourceDataset dataset) {
    List<Column> columns = new ArrayList<>();
    for (Field field : dataset.fields()) {
      columns.add(new Column(field.storedName(), columnType(field)));
    }
    columns.add(new Column(RawColumns.BATCH_ID, STRING));
    columns.add(new Column(RawColumns.EXTRACTED_AT, TIMESTAMP));
    columns.add(new Column(RawColumns.SOURCE_FILE, STRING));
    columns.add(new Column(RawColumns.SOURCE_LINE, INT64));
    columns.add(new Column(RawColumns.PENDING_REFERENCE, STRING));
    return new TableSchema(dataset.datasetName(), columns);
  }

  static ColumnType columnType(Field field) {
    return switch (field.type()) {
      case STR -> STRING;
      case INT -> INT64;
      case DEC -> ColumnType.DECIMAL;
      case BOOL -> ColumnType.BOOLEAN;
      case DATE -> ColumnType.DATE;
      case TS -> TIMESTAMP;
      case LIST -> ColumnType.STRING_LIST;
    };
  }
}
