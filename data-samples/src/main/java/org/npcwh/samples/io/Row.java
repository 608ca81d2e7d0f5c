package org.npcwh.samples.io;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;

/**
 * One record of a contract dataset, its values in the dataset's field order. Values are typed
 * (LocalDate, LocalDateTime, Integer, BigDecimal, Boolean, List) so CSV and JSON Lines can write
 * them each in their way; a bad row may hold a raw String anywhere.
 */
public final class Row {
  private static final Map<SourceDataset, Map<String, Integer>> POSITIONS = positions();

  private final SourceDataset dataset;
  private final Object[] values;

  private Row(SourceDataset dataset, Object[] values) {
    this.dataset = dataset;
    this.values = values;
  }

  public static Row of(SourceDataset dataset) {
    return new Row(dataset, new Object[dataset.fields().size()]);
  }

  /** Sets a field by its contract name; an unknown name is a programming error. */
  public Row set(String field, Object value) {
    values[position(field)] = value;
    return this;
  }

  public Object get(String field) {
    return values[position(field)];
  }

  public String text(String field) {
    return Values.text(get(field));
  }

  /** A new version of this record: the same values, changed afterwards by the caller. */
  public Row copy() {
    return new Row(dataset, Arrays.copyOf(values, values.length));
  }

  public SourceDataset dataset() {
    return dataset;
  }

  public LocalDateTime updatedAt() {
    return (LocalDateTime) get("updated_at");
  }

  List<Field> fields() {
    return dataset.fields();
  }

  Object value(int position) {
    return values[position];
  }

  private int position(String field) {
    Integer p = POSITIONS.get(dataset).get(field);
    if (p == null) {
      throw new IllegalArgumentException(dataset.datasetName() + " has no field " + field);
    }
    return p;
  }

  private static Map<SourceDataset, Map<String, Integer>> positions() {
    Map<SourceDataset, Map<String, Integer>> all = new EnumMap<>(SourceDataset.class);
    for (SourceDataset d : SourceDataset.values()) {
      Map<String, Integer> byName = new HashMap<>();
      for (int i = 0; i < d.fields().size(); i++) {
        byName.put(d.fields().get(i).name(), i);
      }
      all.put(d, byName);
    }
    return all;
  }
}
