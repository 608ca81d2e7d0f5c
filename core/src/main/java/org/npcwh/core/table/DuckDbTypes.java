package org.npcwh.core.table;

import org.npcwh.core.contract.FieldType;

/**
 * How the source contract's value types look in DuckDB (DEC is DECIMAL(18,4), the range ingest accepts;
 * TS has no zone, being local China time: docs/contract/sources.md), in one place for the warehouse's
 * views and the checks' views of the same tables.
 */
public final class DuckDbTypes {
  private DuckDbTypes() {}

  public static String of(FieldType type) {
    return switch (type) {
      case STR -> "VARCHAR";
      case INT -> "BIGINT";
      case DEC -> "DECIMAL(18,4)";
      case BOOL -> "BOOLEAN";
      case DATE -> "DATE";
      case TS -> "TIMESTAMP";
      case LIST -> "VARCHAR[]";
    };
  }

  /** How a comment names the type in English. */
  static String describe(FieldType type) {
    return switch (type) {
      case STR -> "text";
      case INT -> "whole number";
      case DEC -> "decimal";
      case BOOL -> "true/false";
      case DATE -> "local date";
      case TS -> "local China time";
      case LIST -> "list of text";
    };
  }
}
