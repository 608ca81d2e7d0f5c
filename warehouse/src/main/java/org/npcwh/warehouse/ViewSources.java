package org.npcwh.warehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;

/**
 * The views that read Parquet files, with their typed columns, as {@code sources.tsv} declares
 * them; a column that carries a contract field takes its type from {@link SourceDataset}.
 */
final class ViewSources {
  private static final String RESOURCE = "sources.tsv";
  private static final Pattern FIELD_REFERENCE = Pattern.compile("([a-z_]+)\\.([a-z_]+)");

  private final Map<String, List<ColumnSpec>> columnsByView;

  private ViewSources(Map<String, List<ColumnSpec>> columnsByView) {
    this.columnsByView = columnsByView;
  }

  static ViewSources load() {
    Map<String, List<ColumnSpec>> byView = new LinkedHashMap<>();
    for (String[] row : TsvResource.rows(RESOURCE, 3)) {
      byView.computeIfAbsent(SqlText.identifier(row[0]), v -> new ArrayList<>())
          .add(column(row[0], SqlText.identifier(row[1]), row[2]));
    }
    byView.replaceAll((view, columns) -> List.copyOf(columns));
    return new ViewSources(Collections.unmodifiableMap(byView));
  }

  /** The views in declaration order. */
  List<String> views() {
    return List.copyOf(columnsByView.keySet());
  }

  List<ColumnSpec> columns(String view) {
    List<ColumnSpec> columns = columnsByView.get(view);
    if (columns == null) {
      throw new IllegalArgumentException("no Parquet source declared for view " + view);
    }
    return columns;
  }

  private static ColumnSpec column(String view, String name, String type) {
    Matcher m = FIELD_REFERENCE.matcher(type);
    if (!m.matches()) {
      return ColumnSpec.typed(name, type);
    }
    SourceDataset dataset = SourceDataset.byName(m.group(1));
    Field field = dataset.field(m.group(2)).orElseThrow(() -> new IllegalStateException(
        RESOURCE + ": " + dataset.datasetName() + " has no field " + m.group(2)));
    if (!field.storedName().equals(name)) {
      throw new IllegalStateException(RESOURCE + ": " + view + "." + name + " must be named "
          + field.storedName() + " like the stored field " + type);
    }
    return ColumnSpec.fromContract(name, dataset, field);
  }
}
