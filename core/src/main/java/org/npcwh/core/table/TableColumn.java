package org.npcwh.core.table;

import java.util.Optional;
import java.util.TreeSet;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.Pii;
import org.npcwh.core.contract.SourceDataset;

/**
 * One column of a published table as its home's {@code schema.tsv} declares it: the type every reader
 * casts it to and its comment, Chinese first. A column that carries a contract field takes its type
 * and the English half of its comment from that field's declaration.
 *
 * @param name the column name
 * @param duckdbType its DuckDB type, e.g. {@code VARCHAR} or {@code DECIMAL(18,4)}; empty for a column
 *     of a derived view, whose {@code view.sql} decides it
 * @param comment the column comment, {@code 中文 / English}
 * @param dataset the source dataset the column comes from, when it carries a contract field
 * @param field that contract field
 */
public record TableColumn(String name, Optional<String> duckdbType, String comment, Optional<SourceDataset> dataset,
    Optional<Field> field) {

  static TableColumn typed(String name, String duckdbType, String comment) {
    return new TableColumn(name, Optional.of(duckdbType), comment, Optional.empty(), Optional.empty());
  }

  static TableColumn computed(String name, String comment) {
    return new TableColumn(name, Optional.empty(), comment, Optional.empty(), Optional.empty());
  }

  static TableColumn fromContract(String name, SourceDataset dataset, Field field, String nameZh) {
    return new TableColumn(name, Optional.of(DuckDbTypes.of(field.type())), nameZh + " / " + describe(dataset, field),
        Optional.of(dataset), Optional.of(field));
  }

  /** The declared type; only a derived view's column has none. */
  public String type() {
    return duckdbType.orElseThrow(() -> new IllegalStateException(name + " is computed by its view.sql"));
  }

  /** {@code CAST(name AS type) AS name}: how a view over files reads the column. */
  public String castExpression() {
    return "CAST(" + SqlText.identifier(name) + " AS " + type() + ") AS " + name;
  }

  /** {@code CAST(NULL AS type) AS name}: the column while no file has it. */
  public String nullExpression() {
    return "CAST(NULL AS " + type() + ") AS " + SqlText.identifier(name);
  }

  /** The English half of a contract column's comment, written from the field's declaration. */
  private static String describe(SourceDataset dataset, Field field) {
    StringBuilder s = new StringBuilder("source field ").append(dataset.datasetName()).append('.')
        .append(field.name()).append(" (").append(DuckDbTypes.describe(field.type()));
    if (field.key()) {
      s.append(", key");
    }
    if (!field.codes().isEmpty()) {
      s.append("; one of ").append(String.join(", ", new TreeSet<>(field.codes())));
    }
    if (field.min() != null) {
      s.append(field.max() == null ? "; at least " + field.min() : "; " + field.min() + " to " + field.max());
    }
    field.reference().ifPresent(ref -> s.append("; refers to ").append(ref.datasetName()));
    s.append(')');
    if (field.pii() == Pii.PSEUDONYMISE) {
      s.append(": a keyed HMAC-SHA256 pseudonym, never the clear value; the key is not in the warehouse");
    }
    return s.toString();
  }
}
