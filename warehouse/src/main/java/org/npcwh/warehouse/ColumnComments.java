package org.npcwh.warehouse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.Pii;
import org.npcwh.core.contract.SourceDataset;

/**
 * The documentation of every view and column, Chinese first, from {@code column_comments.tsv} and
 * the source contract. A view or column without documentation is a bug, reported at publish.
 */
final class ColumnComments {
  private static final String RESOURCE = "column_comments.tsv";
  private static final String VIEW_PREFIX = "view:";
  private static final String ALIAS_PREFIX = "=";

  private final Map<String, String> texts;

  private ColumnComments(Map<String, String> texts) {
    this.texts = texts;
  }

  static ColumnComments load() {
    Map<String, String> texts = new HashMap<>();
    for (String[] row : TsvResource.rows(RESOURCE, 2)) {
      if (texts.put(row[0], row[1]) != null) {
        throw new IllegalStateException(RESOURCE + ": " + row[0] + " is documented twice");
      }
    }
    return new ColumnComments(texts);
  }

  String view(String view) {
    return required(VIEW_PREFIX + view);
  }

  /** The comment of a column: its own entry, or else its contract field's Chinese name and declaration. */
  String column(String view, String column, Optional<ColumnSpec> spec) {
    String key = view + "." + column;
    if (texts.containsKey(key)) {
      return resolve(key);
    }
    Optional<ColumnSpec> fromContract = spec.filter(s -> s.field().isPresent());
    if (fromContract.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " does not document " + key);
    }
    SourceDataset dataset = fromContract.get().dataset().orElseThrow();
    Field field = fromContract.get().field().orElseThrow();
    return required(dataset.datasetName() + "." + field.name()) + " / " + describe(dataset, field);
  }

  private String resolve(String key) {
    String text = required(key);
    return text.startsWith(ALIAS_PREFIX) ? required(text.substring(ALIAS_PREFIX.length())) : text;
  }

  private String required(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalStateException(RESOURCE + " does not document " + key);
    }
    return text;
  }

  /** The English half of a contract column's comment, written from the field's declaration. */
  static String describe(SourceDataset dataset, Field field) {
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
