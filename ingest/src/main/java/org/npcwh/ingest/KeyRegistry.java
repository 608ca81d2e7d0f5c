package org.npcwh.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.RawColumns;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.ingest.parquet.ParquetTableReader;

/**
 * The keys each referenced dataset holds, only to flag rows as pending at ingest: the union of the
 * keys of the rows not pending of all its INGESTED batches, earlier runs' (read from their
 * data.parquet, once, on first use) and this run's. Whether a row counts is decided by transform
 * against the current state, not here.
 */
final class KeyRegistry {
  /** Datasets some field refers to; only their keys are ever looked up. */
  private static final Set<SourceDataset> REFERENCED = Arrays.stream(SourceDataset.values())
      .flatMap(d -> d.fields().stream())
      .flatMap(f -> f.reference().stream())
      .collect(Collectors.toUnmodifiableSet());

  private final WarehouseLayout layout;
  private final Map<SourceDataset, Set<String>> keys = new EnumMap<>(SourceDataset.class);
  private final Map<KindOf, Set<String>> ofKind = new HashMap<>();

  KeyRegistry(WarehouseLayout layout) {
    this.layout = layout;
  }

  static boolean isReferenced(SourceDataset dataset) {
    return REFERENCED.contains(dataset);
  }

  /** The one key field of a referenced dataset (references always name a single-field key). */
  static Field keyField(SourceDataset dataset) {
    List<Field> keyFields = dataset.keyFields();
    if (keyFields.size() != 1) {
      throw new IllegalStateException(dataset.datasetName() + " is referenced but has a composite key");
    }
    return keyFields.get(0);
  }

  /** Whether the dataset holds the key, as a row of {@code kind} when that is not null. */
  boolean contains(SourceDataset dataset, Field.Kind kind, String key) {
    if (kind != null) {
      return ofKind.computeIfAbsent(new KindOf(dataset, kind), this::loadKind).contains(key);
    }
    return keys.computeIfAbsent(dataset, this::load).contains(key);
  }

  /**
   * Adds the keys of the rows not pending of a batch just published. The keys of one kind are read
   * again from the published batches on next use instead: a batch may change a row's kind, and only
   * two small reference datasets are ever looked up by kind.
   */
  void published(SourceDataset dataset, Collection<String> acceptedKeys) {
    Set<String> known = keys.get(dataset);
    if (known != null) {
      known.addAll(acceptedKeys);
    }
    ofKind.keySet().removeIf(k -> k.dataset() == dataset);
  }

  private Set<String> load(SourceDataset dataset) {
    return loadKind(new KindOf(dataset, null));
  }

  /**
   * The keys of the rows not pending of every ingested batch, of one kind if given (a key counts when
   * any of its rows is of the kind: ingest only flags, transform judges the current state).
   */
  private Set<String> loadKind(KindOf wanted) {
    SourceDataset dataset = wanted.dataset();
    Set<String> loaded = new HashSet<>();
    List<String> columns = wanted.kind() == null
        ? List.of(keyField(dataset).storedName(), RawColumns.PENDING_REFERENCE)
        : List.of(keyField(dataset).storedName(), RawColumns.PENDING_REFERENCE, wanted.kind().field());
    for (LedgerEntry entry : Ledger.read(layout, dataset)) {
      if (entry.status() == BatchStatus.INGESTED) {
        Path data = layout.batch(dataset, entry.batchId()).resolve(WarehouseLayout.DATA_FILE);
        try {
          ParquetTableReader.forEach(data, RawTables.data(dataset), columns, row -> {
            if (row[1] == null && (wanted.kind() == null || wanted.kind().code().equals(row[2]))) {
              loaded.add((String) row[0]);
            }
          });
        } catch (IOException e) {
          throw Errors.unreadable(data, e);
        }
      }
    }
    return loaded;
  }

  /** A dataset's rows of one kind, or all of them when {@code kind} is null. */
  private record KindOf(SourceDataset dataset, Field.Kind kind) {}
}
