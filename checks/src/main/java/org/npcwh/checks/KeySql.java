package org.npcwh.checks;

import static java.util.stream.Collectors.joining;

import java.util.List;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.table.NamedSql;
import org.npcwh.core.table.PublishedTable;
import org.npcwh.core.table.SqlText;

/**
 * The one place that turns a declared key into SQL: a dataset's key fields
 * ({@link SourceDataset#keyFields()}) for {@code current/<dataset>/}, and a published table's
 * {@code key=} for its key checks. Column names are identifiers and are quoted; values are still
 * bound as parameters.
 */
final class KeySql {
  private KeySql() {}

  /** {@code template} with {@code {key_values}} and {@code {any_key_null}} filled in for {@code dataset}. */
  static NamedSql fill(String template, SourceDataset dataset) {
    if (dataset.keyFields().isEmpty()) {
      throw new IllegalStateException("dataset " + dataset.datasetName() + " declares no key field");
    }
    return NamedSql.parse(fillKey(template, dataset.keyFields().stream().map(Field::storedName).toList()));
  }

  /** {@code template} with {@code {table}}, {@code {key_names}} and the key's SQL filled in for {@code table}. */
  static String fill(String template, PublishedTable table) {
    return fillKey(template.replace("{table}", SqlText.identifier(table.name()))
        .replace("{key_names}", String.join(", ", table.key())), table.key());
  }

  private static String fillKey(String template, List<String> columns) {
    List<String> keys = columns.stream().map(KeySql::quote).toList();
    String keyValues = keys.stream().map(k -> "CAST(" + k + " AS VARCHAR)").collect(joining(", "));
    String anyKeyNull = keys.stream().map(k -> k + " IS NULL").collect(joining(" OR ", "(", ")"));
    return template.replace("{key_values}", keyValues).replace("{any_key_null}", anyKeyNull);
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
