package org.npcwh.core.layout;

import java.nio.file.Path;
import org.npcwh.core.contract.SourceDataset;

/**
 * Where everything lives under a warehouse folder: the one place that knows the paths.
 *
 * <pre>
 * &lt;warehouse&gt;/
 *   raw/&lt;dataset&gt;/&lt;batch_id&gt;/data.parquet          accepted rows of one batch (+ _batch_id, _source_line …)
 *   raw/&lt;dataset&gt;/&lt;batch_id&gt;/_set_aside.parquet    bad rows of that batch with their reason
 *   raw/&lt;dataset&gt;/&lt;batch_id&gt;/_ledger.parquet       the batch's ledger entry (one row)
 *   raw/_rejected/&lt;dataset&gt;/&lt;batch_id&gt;.parquet   last rejection of a batch that failed its manifest
 *   candidate/                                      what the last transform made, until publish takes it:
 *     current/&lt;dataset&gt;/                          current state: latest version per key
 *     marts/dim_* , marts/fct_* , marts/metric_catalog/
 *     metric_values/&lt;period&gt;.parquet             figures computed but not yet checked and published
 *   checks/&lt;run_id&gt;.parquet                       every check result of every run
 *   checks/&lt;run_id&gt;.md                            why a run's checks failed, for operators
 *   releases/&lt;id&gt;/                                a published release (see {@link Releases}):
 *     marts/…, marts/metric_values/&lt;period&gt;.parquet, warehouse.duckdb, warehouse.sql, reports/
 *   published -&gt; releases/&lt;id&gt;                     the release in force, swapped by one rename
 *   marts, reports, warehouse.duckdb, warehouse.sql symlinks through published/
 *   _staging/                                       work folders of the running command
 *   .lock                                           one writer at a time ({@link WarehouseLock})
 *   logs/npcwh.log, npcwh.log.1 …                what the commands printed on standard error, timestamped
 * </pre>
 *
 * A batch folder becomes visible by one atomic rename from a dot-prefixed staging folder, so a
 * crash never leaves half a batch; Spark and the DuckDB globs skip names starting with '.' or '_'.
 */
public record WarehouseLayout(Path root) {

  public static final String DATA_FILE = "data.parquet";
  public static final String SET_ASIDE_FILE = "_set_aside.parquet";
  public static final String LEDGER_FILE = "_ledger.parquet";

  public WarehouseLayout {
    root = root.toAbsolutePath().normalize();
  }

  public Path raw() {
    return root.resolve("raw");
  }

  public Path raw(SourceDataset dataset) {
    return raw().resolve(dataset.datasetName());
  }

  public Path batch(SourceDataset dataset, String batchId) {
    return raw(dataset).resolve(batchId);
  }

  /** Where a batch is assembled before its atomic rename into {@link #batch}. */
  public Path stagingBatch(SourceDataset dataset, String batchId) {
    return raw(dataset).resolve(".staging-" + batchId);
  }

  public Path rejected() {
    return raw().resolve("_rejected");
  }

  /** The operators' log of the commands run on this warehouse; never published nor checked. */
  public Path logs() {
    return root.resolve("logs");
  }

  /** Everything the last transform made, as one folder that publish takes from. */
  public Path candidate() {
    return root.resolve("candidate");
  }

  /** The current state of the candidate (read by the checks; never published). */
  public Path current() {
    return candidate().resolve("current");
  }

  public Path current(SourceDataset dataset) {
    return current().resolve(dataset.datasetName());
  }

  /** The published marts (a symlink into the release in force, see {@link Releases}). */
  public Path marts() {
    return root.resolve("marts");
  }

  /** A dimension, fact or catalogue table of the candidate. */
  public Path candidateMart(String table) {
    return candidate().resolve("marts").resolve(table);
  }

  public Path mart(String table) {
    return marts().resolve(table);
  }

  public Path metricValues() {
    return mart("metric_values");
  }

  /** Where transform leaves a period's figures until the checks pass and publish promotes them. */
  public Path candidateMetricValues() {
    return candidate().resolve("metric_values");
  }

  /** The results of every check run. */
  public Path checks() {
    return root.resolve("checks");
  }

  /** Work folders of running jobs; never read by analysts. */
  public Path staging() {
    return root.resolve("_staging");
  }

  public Path duckdb() {
    return root.resolve("warehouse.duckdb");
  }

  /** The DDL of warehouse.duckdb's views, for clients that recreate them instead of opening the file. */
  public Path viewScript() {
    return root.resolve("warehouse.sql");
  }

  /** The published reports (a symlink into the release in force). */
  public Path reports() {
    return root.resolve("reports");
  }

  public Path releases() {
    return root.resolve("releases");
  }

  /** The symlink naming the release in force. */
  public Path published() {
    return root.resolve("published");
  }
}
