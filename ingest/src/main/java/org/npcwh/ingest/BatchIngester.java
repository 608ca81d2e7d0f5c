package org.npcwh.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.landing.Manifest.ManifestFile;
import org.npcwh.core.landing.Manifest;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.ingest.batch.BatchFiles;
import org.npcwh.ingest.batch.BatchRejectedException;
import org.npcwh.ingest.parquet.ParquetTableWriter;
import org.npcwh.ingest.pii.PersonalData;
import org.npcwh.ingest.source.SourceRecord;
import org.npcwh.ingest.validate.KeyLookup;
import org.npcwh.ingest.validate.ReasonCode;
import org.npcwh.ingest.validate.RowValidator;
import org.npcwh.ingest.validate.RowVerdict;

/**
 * Turns one verified batch into data.parquet and _set_aside.parquet inside a staging folder,
 * streaming: one record in memory at a time, plus the key sets needed to flag pending rows. A row
 * whose only fault is naming a key not ingested yet is accepted with its reason in
 * {@code _pending_reference}; transform decides at every run whether it counts.
 */
final class BatchIngester {
  private final SourceDataset dataset;
  private final PersonalData personalData;
  private final KeyRegistry registry;
  private final int keyIndex;

  /** What ingesting a batch produced: its counts and, for referenced datasets, the keys of its rows not pending. */
  record Result(RowCounts counts, Set<String> acceptedKeys) {}

  BatchIngester(SourceDataset dataset, PersonalData personalData, KeyRegistry registry) {
    this.dataset = dataset;
    this.personalData = personalData;
    this.registry = registry;
    this.keyIndex = KeyRegistry.isReferenced(dataset)
        ? dataset.fields().indexOf(KeyRegistry.keyField(dataset)) : -1;
  }

  Result ingest(Path batchFolder, Manifest manifest, Path staging) throws BatchRejectedException, IOException {
    BatchFiles files = new BatchFiles(batchFolder, manifest, dataset);
    Set<String> ownKeys = refersToItself() ? collectOwnKeys(files, manifest) : Set.of();
    KeyLookup keys = (referenced, kind, key) ->
        referenced == dataset && ownKeys.contains(key) || registry.contains(referenced, kind, key);
    RowValidator validator = new RowValidator(dataset, keys);
    RawRows rows = new RawRows(dataset, manifest.batchId(), manifest.extractedAt(), personalData);
    Set<String> acceptedKeys = new HashSet<>();
    long rowsIn = 0;
    long[] pending = {0};
    RowCounts counts;
    try (ParquetTableWriter data = ParquetTableWriter.create(staging.resolve(WarehouseLayout.DATA_FILE),
            RawTables.data(dataset));
        ParquetTableWriter setAside = ParquetTableWriter.create(staging.resolve(WarehouseLayout.SET_ASIDE_FILE),
            RawTables.SET_ASIDE)) {
      for (ManifestFile file : manifest.files()) {
        rowsIn += files.forEachRecord(file, (record, reader) -> {
          RowVerdict verdict = verdict(validator, record, true);
          if (verdict.isAccepted()) {
            data.write(rows.accepted(verdict, file.name(), record.line()));
            if (verdict.pendingReference() != null) {
              pending[0]++;
            } else if (keyIndex >= 0) {
              acceptedKeys.add((String) verdict.typedValues()[keyIndex]);
            }
          } else {
            setAside.write(rows.setAside(record, verdict, file.name(), reader));
          }
        });
      }
      counts = new RowCounts(rowsIn, data.rowCount(), setAside.rowCount(), pending[0]);
    }
    return new Result(counts.requireConserved(dataset.datasetName() + "/" + manifest.batchId()), acceptedKeys);
  }

  private boolean refersToItself() {
    return dataset.fields().stream().anyMatch(f -> f.reference().filter(dataset::equals).isPresent());
  }

  /**
   * The keys of the batch's own rows that pass every check but the reference checks, so that a row
   * may refer to another row of the same batch (a region's parent, an evaluation under review).
   */
  private Set<String> collectOwnKeys(BatchFiles files, Manifest manifest) throws BatchRejectedException, IOException {
    RowValidator withoutReferences = new RowValidator(dataset, (referenced, kind, key) -> true);
    Set<String> ownKeys = new HashSet<>();
    int ownKeyIndex = dataset.fields().indexOf(KeyRegistry.keyField(dataset));
    for (ManifestFile file : manifest.files()) {
      files.forEachRecord(file, (record, reader) -> {
        RowVerdict verdict = verdict(withoutReferences, record, false);
        if (verdict.isAccepted()) {
          ownKeys.add((String) verdict.typedValues()[ownKeyIndex]);
        }
      });
    }
    return ownKeys;
  }

  private static RowVerdict verdict(RowValidator validator, SourceRecord record, boolean checkReferences) {
    return record.isMalformed()
        ? RowVerdict.setAside(ReasonCode.MALFORMED_RECORD, null, record.malformedReason())
        : validator.validate(record.values(), checkReferences);
  }
}
