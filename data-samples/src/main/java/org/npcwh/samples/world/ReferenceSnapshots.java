package org.npcwh.samples.world;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.Batch;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.io.Row;
import org.npcwh.samples.traps.BadRows;

/**
 * Quarterly full snapshots of the reference datasets (the second tier's three among them),
 * 2022-01-01 to 2023-07-01. Each holds all the
 * source knew when it was extracted, closed platforms and ended terms included, so the newest one
 * alone tells the whole history. The newest also carries the reference datasets' bad rows.
 */
public final class ReferenceSnapshots {
  private static final LocalDateTime LAST_GB18030_DEPUTIES = LocalDateTime.of(2022, 4, 1, 1, 0);

  private final World world;

  public ReferenceSnapshots(World world) {
    this.world = world;
  }

  public void write(Landing landing) throws IOException {
    List<LocalDateTime> extractions = SampleCalendar.snapshotExtractions();
    for (LocalDateTime at : extractions) {
      boolean newest = at.equals(extractions.get(extractions.size() - 1));
      LocalDate day = at.toLocalDate();
      write(landing, SourceDataset.REGIONS, at, world.regionRows(), newest);
      write(landing, SourceDataset.DEPARTMENTS, at, world.departments().rows(), newest);
      write(landing, SourceDataset.PLATFORMS, at, world.network().platformRows(day), newest);
      write(landing, SourceDataset.PLATFORM_COVERAGE, at, world.network().coverageRows(day), newest);
      List<Row> deputies = world.deputies().all().stream().filter(d -> d.knownAt(day)).map(d -> d.row(day)).toList();
      write(landing, SourceDataset.DEPUTIES, at, deputies, newest);
      write(landing, SourceDataset.DUTY_POINT_RULES, at, DutyPointRules.rows(), newest);
      write(landing, SourceDataset.PROFESSIONAL_GROUPS, at, ProfessionalGroups.rows(), newest);
      write(landing, SourceDataset.STATION_RESOURCES, at, world.stationSupport().rows(day), newest);
    }
  }

  /**
   * Regions carry a byte-order mark; the deputies' system exported GB18030 until spring 2022, the duty
   * registration system's points rules always come as GB18030, the station support system as JSON Lines.
   */
  public static FileStyle style(SourceDataset dataset, LocalDateTime extractedAt) {
    if (dataset == SourceDataset.REGIONS) {
      return FileStyle.CSV_BOM;
    }
    if (dataset == SourceDataset.DUTY_POINT_RULES) {
      return FileStyle.CSV_GB18030;
    }
    if (dataset == SourceDataset.STATION_RESOURCES) {
      return FileStyle.JSONL;
    }
    boolean legacy = dataset == SourceDataset.DEPUTIES && !extractedAt.isAfter(LAST_GB18030_DEPUTIES);
    return legacy ? FileStyle.CSV_GB18030 : FileStyle.CSV;
  }

  /** Writes one full snapshot whose batch id is its extraction time. */
  public static void write(Landing landing, SourceDataset dataset, LocalDateTime at, List<Row> rows,
      boolean withBadRows) throws IOException {
    write(landing.open(dataset, at, DeliveryMode.FULL, style(dataset, at)), rows, withBadRows);
  }

  /** Writes one full snapshot into an opened batch. */
  public static void write(Batch batch, List<Row> rows, boolean withBadRows) throws IOException {
    for (Row r : rows) {
      batch.write(r);
    }
    if (withBadRows) {
      for (Row bad : BadRows.from(rows.get(0))) {
        batch.write(bad);
      }
    }
    batch.close();
  }
}
