package org.npcwh.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.landing.Manifest;
import org.npcwh.core.landing.ManifestException;
import org.npcwh.core.landing.ManifestReader;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.ingest.batch.BatchRejectedException;
import org.npcwh.ingest.batch.FileChecks;
import org.npcwh.ingest.pii.Shown;

/**
 * Ingests the batches of one dataset's landing folder: batches already in the raw layer are left
 * alone (their landing copy is rejected if it now holds other files), the others are taken in order of
 * extracted_at, then batch id. I/O errors that escape are the warehouse's (the landing zone's read
 * errors reject the batch instead).
 */
final class DatasetIngest {
  private final SourceDataset dataset;
  private final WarehouseLayout layout;
  private final RawLayerFiles files;
  private final BatchIngester ingester;
  private final KeyRegistry registry;
  private final Clock clock;
  private final Consumer<BatchOutcome> outcomes;
  private final Map<String, LedgerEntry> ledgerByBatch = new HashMap<>();
  private final Map<String, LedgerEntry> ingestedByContent = new HashMap<>();

  private record Candidate(Path folder, Manifest manifest) {}

  DatasetIngest(SourceDataset dataset, WarehouseLayout layout, BatchIngester ingester, KeyRegistry registry,
      Clock clock, Consumer<BatchOutcome> outcomes) {
    this.dataset = dataset;
    this.layout = layout;
    this.files = new RawLayerFiles(layout);
    this.ingester = ingester;
    this.registry = registry;
    this.clock = clock;
    this.outcomes = outcomes;
  }

  void run(Path landingFolder) throws IOException {
    for (LedgerEntry entry : Ledger.read(layout, dataset)) {
      ledgerByBatch.put(entry.batchId(), entry);
      remember(entry);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Path folder : batchFolders(landingFolder)) {
      String batchId = folder.getFileName().toString();
      Path manifestFile = folder.resolve(Manifest.FILE_NAME);
      LedgerEntry known = ledgerByBatch.get(batchId);
      if (known != null) {
        compareWithIngested(manifestFile, known);
      } else if (Files.exists(layout.batch(dataset, batchId))) {
        reject(batchId, null, "the warehouse already holds a folder " + layout.batch(dataset, batchId)
            + " without a ledger, which ingest did not write; move it away and run again");
      } else if (!Files.exists(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
        outcomes.accept(BatchOutcome.withoutRows(dataset.datasetName(), batchId, BatchStatus.SKIPPED_NO_MANIFEST,
            "no " + Manifest.FILE_NAME + " yet: the batch is still being delivered"));
      } else {
        try {
          candidates.add(new Candidate(folder, readManifest(manifestFile, batchId)));
        } catch (ManifestException e) {
          reject(batchId, null, e.getMessage());
        }
      }
    }
    candidates.sort(Comparator.comparing((Candidate c) -> c.manifest().extractedAt())
        .thenComparing(c -> c.manifest().batchId()));
    for (Candidate candidate : candidates) {
      process(candidate.folder(), candidate.manifest());
    }
  }

  private Manifest readManifest(Path manifestFile, String batchId) throws ManifestException {
    return ManifestReader.read(manifestFile, dataset.datasetName(), batchId,
        text -> Shown.capped(text, Shown.MAX_QUOTED_CHARS));
  }

  /**
   * A batch id names one delivery. Its landing folder is compared with what was ingested through the
   * manifest's checksums alone (the files were checked against them when the batch was ingested; hashing
   * every past batch's files again on every run would cost time in proportion to the landing zone's whole
   * history). Different content is rejected and the ingested version stays; a folder without a manifest
   * is a delivery still being written and is compared once it has one.
   */
  private void compareWithIngested(Path manifestFile, LedgerEntry known) throws IOException {
    String batchId = known.batchId();
    String since = "in the raw layer since " + known.ingestedAt().truncatedTo(ChronoUnit.SECONDS) + " as "
        + known.status();
    if (!Files.exists(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
      outcomes.accept(BatchOutcome.fromLedger(known, BatchStatus.ALREADY_INGESTED, since));
      return;
    }
    String kept = "; the version " + since + " (content SHA-256 " + known.contentSha256() + ") stays as it is";
    Manifest manifest;
    try {
      manifest = readManifest(manifestFile, batchId);
    } catch (ManifestException e) {
      reject(batchId, null, e.getMessage() + kept);
      return;
    }
    if (!manifest.contentSha256().equals(known.contentSha256())) {
      reject(batchId, manifest, "batch " + dataset.datasetName() + "/" + batchId + " was already ingested with"
          + " other files: its manifest now lists content SHA-256 " + manifest.contentSha256()
          + ", not the ingested " + known.contentSha256() + "; nothing of this delivery was loaded" + kept
          + ". Deliver changed data under a new batch id, and restore or remove this folder");
      return;
    }
    files.clearRejection(dataset.datasetName(), batchId);
    outcomes.accept(BatchOutcome.fromLedger(known, BatchStatus.ALREADY_INGESTED, since));
  }

  private void process(Path folder, Manifest manifest) throws IOException {
    String batchId = manifest.batchId();
    try {
      FileChecks.verify(folder, manifest);
      LedgerEntry original = ingestedByContent.get(manifest.contentSha256());
      Path staging = files.freshStaging(dataset, batchId);
      LedgerEntry entry;
      if (original != null) {
        entry = duplicateEntry(manifest, original);
      } else {
        BatchIngester.Result result = ingester.ingest(folder, manifest, staging);
        entry = ledgerEntry(manifest, result.counts(), BatchStatus.INGESTED, null);
        registry.published(dataset, result.acceptedKeys());
      }
      Ledger.write(staging.resolve(WarehouseLayout.LEDGER_FILE), entry);
      files.publish(dataset, batchId);
      files.clearRejection(dataset.datasetName(), batchId);
      remember(entry);
      ledgerByBatch.put(batchId, entry);
      outcomes.accept(BatchOutcome.fromLedger(entry, entry.status(),
          original == null ? null : "same files as batch " + original.batchId()));
    } catch (BatchRejectedException e) {
      files.discardStaging(dataset, batchId);
      reject(batchId, manifest, e.getMessage());
    }
  }

  private LedgerEntry duplicateEntry(Manifest manifest, LedgerEntry original) throws BatchRejectedException {
    if (manifest.totalRows() != original.rowsIn()) {
      throw new BatchRejectedException("the manifest counts " + manifest.totalRows() + " rows, but batch "
          + original.batchId() + " with identical files held " + original.rowsIn());
    }
    return ledgerEntry(manifest, new RowCounts(original.rowsIn(), 0, 0, 0), BatchStatus.DUPLICATE,
        original.batchId());
  }

  private LedgerEntry ledgerEntry(Manifest manifest, RowCounts counts, BatchStatus status, String duplicateOf) {
    return new LedgerEntry(dataset.datasetName(), manifest.batchId(), manifest.mode().code(), manifest.format().code(),
        manifest.encoding(), manifest.extractedAt(), manifest.contentSha256(), counts.rowsIn(), counts.rowsAccepted(),
        counts.rowsSetAside(), counts.rowsPending(), status, duplicateOf, now());
  }

  private void remember(LedgerEntry entry) {
    if (entry.status() == BatchStatus.INGESTED) {
      ingestedByContent.putIfAbsent(entry.contentSha256(), entry);
    }
  }

  /** Every rejection passes here: its message is masked and capped before it is stored or printed. */
  private void reject(String batchId, Manifest manifest, String message) throws IOException {
    String reason = Shown.capped(message, Shown.MAX_MESSAGE_CHARS);
    files.writeRejection(dataset.datasetName(), batchId, reason, now());
    outcomes.accept(new BatchOutcome(dataset.datasetName(), batchId,
        manifest == null ? null : manifest.mode().code(), manifest == null ? null : manifest.extractedAt(),
        BatchStatus.REJECTED, 0, 0, 0, 0, reason));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Sub-folders of the dataset's landing folder, by name; dot-folders (editors, sync tools) are ignored.
   * Each gets exactly one outcome, so their number is the ingest's total for a progress bar.
   */
  static List<Path> batchFolders(Path landingFolder) {
    try (Stream<Path> entries = Files.list(landingFolder)) {
      return entries.filter(Files::isDirectory)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw Errors.unreadable(landingFolder, e);
    }
  }
}
