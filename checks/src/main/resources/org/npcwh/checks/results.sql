-- The results of a check run, written to <warehouse>/checks/<run_id>.parquet, and how they are
-- read back. Columns: run_id, checked_at (local China time), period, check_id, table_name,
-- severity (FAIL|WARN), outcome (PASS|FAIL|WARN), observed, expected, detail.

-- statement: create_results
CREATE TEMP TABLE run_results (
  run_id VARCHAR, checked_at TIMESTAMP, period VARCHAR, check_id VARCHAR, table_name VARCHAR,
  severity VARCHAR, outcome VARCHAR, observed DOUBLE, expected VARCHAR, detail VARCHAR);

-- statement: insert_result
INSERT INTO run_results VALUES (:run_id, CAST(:checked_at AS TIMESTAMP), :period, :check_id, :table_name,
  :severity, :outcome, CAST(:observed AS DOUBLE), :expected, :detail);

-- statement: copy_results
COPY run_results TO :file (FORMAT parquet);

-- The results of the newest run that checked a period: check_results_latest is the view of
-- tables/check_results_latest/view.sql, created by CheckHistory as the warehouse creates it.
-- statement: results_of_period
SELECT run_id, checked_at, period, check_id, table_name, severity, outcome, observed, expected, detail
FROM check_results_latest
WHERE period = :period;
