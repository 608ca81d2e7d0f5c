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
 *   current/&lt;dataset&gt;/                            current state: latest version per key
 *   marts/dim_* , marts/fct_*                       conformed dimensions and facts
 *   candidates/metric_values/&lt;period&gt;.parquet     figures computed but not yet checked and published
 *   checks/&lt;run_id&gt;.parquet                       every check result of every run
 *   checks/&lt;run_id&gt;.md                            why a run's checks failed, for operators
 *   marts/metric_values/&lt;period&gt;.parquet          exactly the published figures
 *   marts/metric_catalog/                           the metric catalogue
 *   warehouse.duckdb                                the analysts' database (views over the above)
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

  public Path current() {
    return root.resolve("current");
  }

  public Path current(SourceDataset dataset) {
    return current().resolve(dataset.datasetName());
  }

  public Path marts() {
    return root.resolve("marts");
  }

  public Path mart(String table) {
    return marts().resolve(table);
  }

  public Path metricValues() {
    return mart("metric_values");
  }

  /** Where transform leaves a period's figures until the checks pass and publish promotes them. */
  public Path candidateMetricValues() {
    return root.resolve("candidates").resolve("metric_values");
  }

  /** The results of every check run. */
  public Path checks() {
    return root.resolve("checks");
  }

  public Path metricCatalog() {
    return mart("metric_catalog");
  }

  /** Work folders of running jobs; never read by analysts. */
  public Path staging() {
    return root.resolve("_staging");
  }

  public Path duckdb() {
    return root.resolve("warehouse.duckdb");
  }
}
