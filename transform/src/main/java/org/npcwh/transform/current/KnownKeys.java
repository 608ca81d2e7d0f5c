package org.npcwh.transform.current;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;

/**
 * The key sets references are judged against: the keys of a referenced dataset's current state (of
 * one kind of row when the reference names one), collected once per run and broadcast, and asked
 * through a function in the plan. A broadcast join per reference instead cost a Spark job per
 * reference in every plan that judged it, and a list field an explode and two shuffles. Used from the
 * one thread that builds the current state's plans.
 */
final class KnownKeys {
  private final Map<SourceDataset, Dataset<Row>> current;
  private final Map<String, Broadcast<Set<String>>> collected = new HashMap<>();

  /** @param current the current state, filled in wave by wave as the datasets are resolved */
  KnownKeys(Map<SourceDataset, Dataset<Row>> current) {
    this.current = current;
  }

  /** The value when it names a key the referenced key set lacks, else null (a null value names nothing). */
  Column missing(Field field, Column value) {
    Broadcast<Set<String>> keys = keysOf(field);
    UDF1<String, String> unknown = key -> key == null || keys.value().contains(key) ? null : key;
    return udf(unknown).apply(value);
  }

  /** The first element (in list order) of a list value that names a key the key set lacks, else null. */
  Column firstMissingElement(Field field, Column list) {
    Broadcast<Set<String>> keys = keysOf(field);
    UDF1<scala.collection.Seq<String>, String> firstUnknown = elements -> {
      if (elements == null) {
        return null;
      }
      scala.collection.Iterator<String> each = elements.iterator();
      while (each.hasNext()) {
        String key = each.next();
        if (key != null && !keys.value().contains(key)) {
          return key;
        }
      }
      return null;
    };
    return udf(firstUnknown).apply(list);
  }

  private static UserDefinedFunction udf(UDF1<?, String> function) {
    return functions.udf(function, DataTypes.StringType);
  }

  /** The referenced key set of a field, collected from the written current state on first use. */
  private Broadcast<Set<String>> keysOf(Field field) {
    SourceDataset dataset = field.reference().orElseThrow();
    Field.Kind kind = field.referencedKind();
    String name = dataset.datasetName() + (kind == null ? "" : "/" + kind.field() + "=" + kind.code());
    return collected.computeIfAbsent(name, ignored -> broadcast(dataset, kind));
  }

  private Broadcast<Set<String>> broadcast(SourceDataset dataset, Field.Kind kind) {
    Dataset<Row> rows = current.get(dataset);
    if (rows == null) {
      throw new IllegalStateException(dataset.datasetName() + " must be resolved before the datasets referring to it");
    }
    Dataset<Row> ofKind = kind == null ? rows : rows.filter(col(kind.field()).equalTo(kind.code()));
    List<Row> keys = ofKind.select(col(References.keyField(dataset).storedName())).collectAsList();
    Set<String> set = new HashSet<>(keys.size() * 2);
    for (Row key : keys) {
      set.add(key.getString(0));
    }
    return JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext()).broadcast(set);
  }
}
