package org.npcwh.warehouse;

import java.util.Optional;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;

/**
 * One column of a warehouse view as {@code sources.tsv} declares it.
 *
 * @param name the column name
 * @param duckdbType its DuckDB type, e.g. {@code VARCHAR} or {@code DECIMAL(18,4)}
 * @param dataset the source dataset the column comes from, when it carries a contract field
 * @param field that contract field (its declaration gives the type and the English comment)
 */
record ColumnSpec(String name, String duckdbType, Optional<SourceDataset> dataset, Optional<Field> field) {

  static ColumnSpec typed(String name, String duckdbType) {
    return new ColumnSpec(name, duckdbType, Optional.empty(), Optional.empty());
  }

  static ColumnSpec fromContract(String name, SourceDataset dataset, Field field) {
    return new ColumnSpec(name, DuckDbTypes.of(field.type()), Optional.of(dataset), Optional.of(field));
  }

  String castExpression() {
    return "CAST(" + SqlText.identifier(name) + " AS " + duckdbType + ") AS " + name;
  }

  String nullExpression() {
    return "CAST(NULL AS " + duckdbType + ") AS " + SqlText.identifier(name);
  }
}
