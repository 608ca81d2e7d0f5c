package org.npcwh.samples.io;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.world.SampleCalendar;

/**
 * The monthly incremental batches of one dataset, all open while a generator streams records.
 * A record's versions are routed by {@code updated_at}: each month's batch carries the record as it
 * stood when that month was extracted, if it changed during the month (the last version of the month).
 */
public final class MonthlyBatches implements AutoCloseable {
  private final Map<YearMonth, Batch> batches = new TreeMap<>();
  private final Function<Row, String> fileOf;
  private long rows;
  private Row firstRow;
  private YearMonth firstMonth;

  /**
   * @param styleOf how each month's batch is written
   * @param fileOf the file stem within the batch a row goes to
   */
  public MonthlyBatches(Landing landing, SourceDataset dataset, Function<YearMonth, FileStyle> styleOf,
      Function<Row, String> fileOf) {
    this.fileOf = fileOf;
    for (YearMonth m : SampleCalendar.months()) {
      batches.put(m, landing.open(dataset, SampleCalendar.incrementalExtraction(m), DeliveryMode.INCREMENTAL,
          styleOf.apply(m)));
    }
  }

  public MonthlyBatches(Landing landing, SourceDataset dataset, Function<YearMonth, FileStyle> styleOf) {
    this(landing, dataset, styleOf, r -> dataset.datasetName());
  }

  /**
   * Delivers the versions of one record (in time order). Versions after the last extraction are not
   * delivered; versions before the first month go to the first batch.
   */
  public void emit(List<Row> versions) throws IOException {
    Map<YearMonth, Row> lastOfMonth = new TreeMap<>();
    for (Row v : versions) {
      LocalDateTime at = v.updatedAt();
      if (!at.isAfter(SampleCalendar.DATA_END)) {
        YearMonth m = YearMonth.from(at);
        lastOfMonth.put(m.isBefore(SampleCalendar.FIRST_MONTH) ? SampleCalendar.FIRST_MONTH : m, v);
      }
    }
    for (Map.Entry<YearMonth, Row> e : lastOfMonth.entrySet()) {
      write(e.getKey(), e.getValue());
    }
  }

  public void emit(Row single) throws IOException {
    emit(List.of(single));
  }

  /** Writes a row into a given month's batch whatever its {@code updated_at} (for injected rows). */
  public void write(YearMonth month, Row row) throws IOException {
    batches.get(month).write(fileOf.apply(row), row);
    rows++;
    if (firstRow == null) {
      firstRow = row;
      firstMonth = month;
    }
  }

  /** The first row written, a good one: the model for the bad rows injected later. */
  public Row firstRow() {
    return firstRow;
  }

  public YearMonth firstMonth() {
    return firstMonth;
  }

  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    List<IOException> failures = new ArrayList<>();
    for (Batch b : batches.values()) {
      try {
        b.close();
      } catch (IOException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }
}
