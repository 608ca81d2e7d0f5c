package org.npcwh.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.progress.StageProgress;
import org.npcwh.ingest.pii.PersonalData;

/**
 * The INGEST stage: every batch of the landing zone that is not yet in the raw layer is checked
 * against its manifest and the source contract, and published to {@code raw/<dataset>/<batch_id>/}
 * (accepted rows, set-aside rows, ledger entry) by one atomic rename. Datasets are taken in contract
 * order so that references can be checked against data ingested before them.
 */
public final class IngestJob {
  /** The environment variable the command line reads the pseudonymisation key from. */
  public static final String PII_KEY_VARIABLE = "NPCWH_PII_KEY";
  /** Local China time: ingested_at and rejected_at are written in it. */
  static final ZoneId LOCAL_TIME = ZoneId.of("Asia/Shanghai");

  private final IngestSettings settings;
  private final StageProgress progress;
  private final Clock clock;

  public IngestJob(IngestSettings settings, StageProgress progress) {
    this(settings, progress, Clock.system(LOCAL_TIME));
  }

  IngestJob(IngestSettings settings, StageProgress progress, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.clock = clock;
  }

  /**
   * @throws org.npcwh.core.error.UserException when the key is missing, the landing zone cannot be
   *     read or holds no dataset folder at all, or the warehouse cannot be written
   */
  public IngestReport run() {
    PersonalData personalData = PersonalData.withKey(settings.piiKey(), PII_KEY_VARIABLE);
    Path landing = checkedLanding(settings.landing());
    LandingFolders folders = LandingFolders.of(landing);
    if (folders.datasets().isEmpty()) {
      throw Errors.noDatasetFolder(landing, folders.unknown(), LandingFolders.datasetNames());
    }
    WarehouseLayout layout = new WarehouseLayout(settings.warehouse());
    prepareWarehouse(layout);
    List<BatchOutcome> outcomes = new ArrayList<>();
    int folderCount = folders.unknown().size() + folders.datasets().stream()
        .mapToInt(dataset -> DatasetIngest.batchFolders(landing.resolve(dataset.datasetName())).size()).sum();
    Consumer<BatchOutcome> record = outcome -> {
      outcomes.add(outcome);
      progress.accept(outcome.progressLine());
      progress.advanced(outcomes.size(), folderCount);
    };
    folders.unknown().forEach(name -> record.accept(BatchOutcome.withoutRows(name, null,
        BatchStatus.SKIPPED_UNKNOWN_DATASET, "not a dataset of the source contract; left alone"
            + LandingFolders.nearestDataset(name).map(d -> " (did you mean " + d + "?)").orElse(""))));
    KeyRegistry registry = new KeyRegistry(layout);
    for (SourceDataset dataset : folders.datasets()) {
      BatchIngester ingester = new BatchIngester(dataset, personalData, registry);
      try {
        new DatasetIngest(dataset, layout, ingester, registry, clock, record)
            .run(landing.resolve(dataset.datasetName()));
      } catch (IOException e) {
        throw Errors.unwritable(layout.raw(dataset), e);
      }
    }
    return new IngestReport(outcomes);
  }

  private static Path checkedLanding(Path landing) {
    if (landing == null || !Files.isDirectory(landing)) {
      throw Errors.noSuchDirectory("landing zone", landing);
    }
    if (!Files.isReadable(landing) || !Files.isExecutable(landing)) {
      throw Errors.unreadable(landing, new java.nio.file.AccessDeniedException(landing.toString()));
    }
    return landing.toAbsolutePath().normalize();
  }

  /** Creates the raw layer if needed and removes what an interrupted run left in it. */
  private static void prepareWarehouse(WarehouseLayout layout) {
    try {
      Files.createDirectories(layout.raw());
      if (!Files.isWritable(layout.raw())) {
        throw new java.nio.file.AccessDeniedException(layout.raw().toString());
      }
      new RawLayerFiles(layout).cleanLeftovers();
    } catch (IOException e) {
      throw Errors.unwritable(layout.root(), e);
    }
  }
}
