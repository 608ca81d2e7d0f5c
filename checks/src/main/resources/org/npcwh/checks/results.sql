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

-- The newest run that checked a period (latest checked_at; the run id breaks a tie) and all of
-- its results for that period.
-- statement: latest_results_of_period
WITH of_period AS (
  SELECT run_id, checked_at, period, check_id, table_name, severity, outcome, observed, expected, detail
  FROM read_parquet(:files, union_by_name = true)
  WHERE period = :period
), newest AS (
  SELECT run_id FROM of_period ORDER BY checked_at DESC, run_id DESC LIMIT 1
)
SELECT * FROM of_period WHERE run_id = (SELECT run_id FROM newest);
