package org.npcwh.samples.traps;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.landing.Manifest;
import org.npcwh.core.landing.Sha256;
import org.npcwh.samples.io.Batch;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.io.Row;
import org.npcwh.samples.world.ReferenceSnapshots;
import org.npcwh.samples.world.World;

/**
 * The delivery accidents of the sample. None of them may change a figure: each either repeats data
 * delivered elsewhere, or carries older versions, or must be left alone.
 */
public final class DeliveryTraps {
  /** The duty roster of July 2022, delivered a second time the same day. */
  public static final String REDELIVERED = "2022-08-01T1400";
  /** First versions of letters sent in October 2022, re-exported in March 2023. */
  public static final String OUT_OF_ORDER = "2023-03-15T0200";
  /** The platforms as of 2022-10-01, delivered after the newest snapshot under a later id. */
  public static final String STALE_SNAPSHOT = "2023-07-03T0100";
  /** December 2022 opinions still being extracted: no manifest. */
  public static final String UNFINISHED = "2023-07-02T0200";
  /** A copy of the May 2022 messages whose manifest declares a wrong checksum. */
  public static final String BAD_CHECKSUM = "2022-06-02T0200";
  public static final int UNFINISHED_ROWS = 25;
  /** The duty records of September 2022, delivered a second time in the afternoon. */
  public static final String DUTY_REDELIVERED = "2022-10-01T1500";
  /** The oversight issues of November 2022 (older versions by now), re-exported in April 2023. */
  public static final String ISSUES_OUT_OF_ORDER = "2023-04-15T0200";

  private DeliveryTraps() {}

  public static void write(Landing landing, World world, List<Row> resentLetters, List<Row> unfinishedOpinions)
      throws IOException {
    landing.copy(landing.find(SourceDataset.DUTY_ROSTER, "2022-08-01T0200"), REDELIVERED,
        LocalDateTime.of(2022, 8, 1, 14, 0), files -> files);

    Batch late = landing.open(SourceDataset.LETTERS, OUT_OF_ORDER, LocalDateTime.of(2023, 3, 15, 2, 0),
        DeliveryMode.INCREMENTAL, FileStyle.CSV_BOM);
    for (Row r : resentLetters) {
      late.write(r);
    }
    late.close();

    LocalDateTime staleAt = LocalDateTime.of(2022, 10, 1, 1, 0);
    ReferenceSnapshots.write(landing.open(SourceDataset.PLATFORMS, STALE_SNAPSHOT, staleAt, DeliveryMode.FULL,
        FileStyle.CSV), world.network().platformRows(LocalDate.of(2022, 10, 1)), false);

    Batch unfinished = landing.open(SourceDataset.OPINIONS, UNFINISHED, LocalDateTime.of(2023, 7, 2, 2, 0),
        DeliveryMode.INCREMENTAL, FileStyle.CSV);
    for (Row r : unfinishedOpinions) {
      unfinished.write(r);
    }
    unfinished.closeUnfinished();

    landing.copy(landing.find(SourceDataset.MESSAGES, "2022-06-01T0200"), BAD_CHECKSUM,
        LocalDateTime.of(2022, 6, 2, 2, 0), DeliveryTraps::wrongChecksum);
  }

  /** The second tier's re-sent and out-of-order batches (its GB18030 and bad rows come with its data). */
  public static void writeSecondTier(Landing landing) throws IOException {
    landing.copy(landing.find(SourceDataset.DUTY_RECORDS, "2022-10-01T0200"), DUTY_REDELIVERED,
        LocalDateTime.of(2022, 10, 1, 15, 0), files -> files);
    landing.copy(landing.find(SourceDataset.OVERSIGHT_ISSUES, "2022-12-01T0200"), ISSUES_OUT_OF_ORDER,
        LocalDateTime.of(2023, 4, 15, 2, 0), files -> files);
  }

  private static List<Manifest.ManifestFile> wrongChecksum(List<Manifest.ManifestFile> files) {
    List<Manifest.ManifestFile> out = new ArrayList<>(files);
    Manifest.ManifestFile f = out.get(0);
    out.set(0, new Manifest.ManifestFile(f.name(), f.rows(), Sha256.hex(f.sha256())));
    return out;
  }
}
