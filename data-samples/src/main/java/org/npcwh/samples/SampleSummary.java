package org.npcwh.samples;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.npcwh.core.contract.SourceDataset;

/**
 * What a generation wrote: per dataset the batch folders, data files, data rows (every row in every
 * file, trap batches and bad rows included) and bytes of data.
 */
public final class SampleSummary {
  /** The figures of one dataset. */
  public record Tally(int batches, int files, long rows, long bytes) {
    Tally plus(int moreFiles, long moreRows, long moreBytes) {
      return new Tally(batches + 1, files + moreFiles, rows + moreRows, bytes + moreBytes);
    }
  }

  private final Map<SourceDataset, Tally> tallies;
  private final int badRows;

  SampleSummary(Map<SourceDataset, Tally> tallies, int badRows) {
    this.tallies = Collections.unmodifiableMap(new EnumMap<>(tallies));
    this.badRows = badRows;
  }

  public Map<SourceDataset, Tally> tallies() {
    return tallies;
  }

  public Tally tally(SourceDataset dataset) {
    return tallies.getOrDefault(dataset, new Tally(0, 0, 0, 0));
  }

  public int batches() {
    return tallies.values().stream().mapToInt(Tally::batches).sum();
  }

  public int files() {
    return tallies.values().stream().mapToInt(Tally::files).sum();
  }

  public long rows() {
    return tallies.values().stream().mapToLong(Tally::rows).sum();
  }

  public long bytes() {
    return tallies.values().stream().mapToLong(Tally::bytes).sum();
  }

  /** The bad rows hidden in the sample, which ingest must set aside. */
  public int badRows() {
    return badRows;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(String.format("%-20s %8s %6s %12s %10s%n", "dataset", "batches", "files", "rows", "MB"));
    tallies.forEach((d, t) -> b.append(line(d.datasetName(), t.batches(), t.files(), t.rows(), t.bytes())));
    b.append(line("total", batches(), files(), rows(), bytes()));
    return b.append(String.format("(%d bad rows hidden among them)%n", badRows)).toString();
  }

  private static String line(String name, int batches, int files, long rows, long bytes) {
    return String.format("%-20s %8d %6d %,12d %10.1f%n", name, batches, files, rows, bytes / 1_000_000.0);
  }
}
