package org.npcwh.checks;

import static java.util.stream.Collectors.joining;

import java.util.List;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;

/**
 * The one place that turns a dataset's declared key ({@link SourceDataset#keyFields()}) into SQL:
 * the key columns of {@code current/<dataset>/} as a list of text, and whether any of them is null.
 * Column names are identifiers and are quoted; values are still bound as parameters.
 */
final class CurrentKeysSql {
  private CurrentKeysSql() {}

  /** {@code template} with {@code {key_values}} and {@code {any_key_null}} filled in for {@code dataset}. */
  static NamedSql fill(String template, SourceDataset dataset) {
    List<String> keys = dataset.keyFields().stream().map(Field::storedName).map(CurrentKeysSql::quote).toList();
    if (keys.isEmpty()) {
      throw new IllegalStateException("dataset " + dataset.datasetName() + " declares no key field");
    }
    String keyValues = keys.stream().map(k -> "CAST(" + k + " AS VARCHAR)").collect(joining(", "));
    String anyKeyNull = keys.stream().map(k -> k + " IS NULL").collect(joining(" OR ", "(", ")"));
    return NamedSql.parse(template.replace("{key_values}", keyValues).replace("{any_key_null}", anyKeyNull));
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
