package org.npcwh.transform.current;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.FieldType;
import org.npcwh.core.contract.SourceDataset;

/**
 * Judges every raw version's references against the current state of the referenced datasets
 * (contract, "References are judged against the current state, not at arrival"). Datasets are
 * resolved in waves ({@link #waves()}): a dataset is resolved against the current state of the
 * datasets it names as resolved in the same run, so a hold propagates (a reply to a held suggestion
 * is held too). A reference the contract restricts to one kind of row resolves against the current rows
 * of that kind only (a voter meeting naming a community, or station resources naming a home, name no
 * street or station). A self-reference resolves against the dataset's own versions that pass the other
 * references. The key sets are the referenced current tables' key columns (one row per key already),
 * collected once per run and broadcast ({@link KnownKeys}); a self-reference's key set comes from the
 * same plan and is joined.
 */
final class References {
  /** The first unresolved reference of a version, in contract field order; null when all resolve. */
  static final String HELD_FIELD = "_held_field";
  static final String HELD_KEY = "_held_key";
  static final String HELD_REASON = "_held_reason";
  private static final String KEY = "_ref_key";
  private static final String MISSING = "_missing_";

  private References() {}

  /**
   * The datasets in resolution order: each wave refers only to datasets of earlier waves (and maybe
   * to itself), so the datasets of one wave can be resolved side by side; contract order within a wave.
   */
  static List<List<SourceDataset>> waves() {
    Map<SourceDataset, Integer> depth = new EnumMap<>(SourceDataset.class);
    List<List<SourceDataset>> waves = new ArrayList<>();
    for (SourceDataset dataset : SourceDataset.values()) {
      int wave = depth(dataset, depth);
      while (waves.size() <= wave) {
        waves.add(new ArrayList<>());
      }
      waves.get(wave).add(dataset);
    }
    return waves;
  }

  /** 0 for a dataset naming no other dataset, else one more than the deepest dataset it names. */
  private static int depth(SourceDataset dataset, Map<SourceDataset, Integer> known) {
    Integer depth = known.get(dataset);
    if (depth == null) {
      depth = dataset.fields().stream()
          .flatMap(field -> field.reference().stream())
          .filter(referenced -> referenced != dataset)
          .mapToInt(referenced -> depth(referenced, known) + 1)
          .max().orElse(0);
      known.put(dataset, depth);
    }
    return depth;
  }

  /**
   * The versions of a dataset with {@link #HELD_FIELD}, {@link #HELD_KEY} and {@link #HELD_REASON} added.
   *
   * @param known the key sets of (at least) every other dataset this one refers to
   */
  static Dataset<Row> resolve(SourceDataset dataset, Dataset<Row> versions, KnownKeys known) {
    List<Field> fields = dataset.fields();
    Dataset<Row> marked = versions;
    List<Column> others = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      SourceDataset referenced = field.reference().orElse(null);
      if (referenced != null && referenced != dataset) {
        Column value = col(field.storedName());
        marked = marked.withColumn(MISSING + i, field.type() == FieldType.LIST
            ? known.firstMissingElement(field, value)
            : known.missing(field, value));
        others.add(col(MISSING + i));
      }
    }
    if (refersToItself(dataset)) {
      Column passes = others.stream().map(Column::isNull).reduce(lit(true), Column::and);
      Dataset<Row> own = distinctKeys(dataset, marked.filter(passes));
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).reference().filter(dataset::equals).isPresent()) {
          marked = markMissing(marked, fields.get(i), i, own);
        }
      }
    }
    Dataset<Row> held = marked
        .withColumn(HELD_FIELD, firstMissing(dataset, i -> lit(fields.get(i).name())))
        .withColumn(HELD_KEY, firstMissing(dataset, i -> col(MISSING + i)))
        .withColumn(HELD_REASON, firstMissing(dataset, i -> reason(fields.get(i), col(MISSING + i))));
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).reference().isPresent()) {
        held = held.drop(MISSING + i);
      }
    }
    return held;
  }

  /**
   * Adds {@code _missing_<i>} for a reference to the dataset itself: the key the field names that the
   * dataset's own key set lacks (a key set of this very plan, so it is joined, not collected).
   */
  private static Dataset<Row> markMissing(Dataset<Row> versions, Field field, int index, Dataset<Row> known) {
    if (field.type() == FieldType.LIST) {
      throw new IllegalStateException(field.name() + ": a list field cannot refer to its own dataset");
    }
    String name = field.storedName();
    Dataset<Row> lookup = known.withColumnRenamed(KEY, KEY + index);
    return versions
        .join(broadcast(lookup), versions.col(name).equalTo(lookup.col(KEY + index)), "left")
        .withColumn(MISSING + index, when(col(name).isNotNull().and(col(KEY + index).isNull()), col(name)))
        .drop(KEY + index);
  }

  private static Dataset<Row> distinctKeys(SourceDataset dataset, Dataset<Row> versions) {
    return versions.select(col(keyField(dataset).storedName()).as(KEY)).distinct();
  }

  /** The value for the first field (in contract order) whose reference did not resolve, else null. */
  private static Column firstMissing(SourceDataset dataset, java.util.function.IntFunction<Column> value) {
    List<Column> choices = new ArrayList<>();
    List<Field> fields = dataset.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).reference().isPresent()) {
        choices.add(when(col(MISSING + i).isNotNull(), value.apply(i)));
      }
    }
    return choices.isEmpty() ? lit(null).cast("string") : coalesce(choices.toArray(Column[]::new));
  }

  /** Worded as ingest words a pending row: {@code platform_id "P9" is not a known platforms key}. */
  private static Column reason(Field field, Column missing) {
    String label = field.type() == FieldType.LIST ? field.name() + " element" : field.name();
    String referenced = field.reference().orElseThrow().datasetName();
    String kind = field.referencedKind() == null ? "" : " " + field.referencedKind().described();
    return concat(lit(label + " \""), missing, lit("\" is not a known " + referenced + " key" + kind));
  }

  private static boolean refersToItself(SourceDataset dataset) {
    return dataset.fields().stream().anyMatch(f -> f.reference().filter(dataset::equals).isPresent());
  }

  /** The one key field of a referenced dataset (references always name a single-field key). */
  static Field keyField(SourceDataset dataset) {
    List<Field> keyFields = dataset.keyFields();
    if (keyFields.size() != 1) {
      throw new IllegalStateException(dataset.datasetName() + " is referenced but has a composite key");
    }
    return keyFields.get(0);
  }
}
