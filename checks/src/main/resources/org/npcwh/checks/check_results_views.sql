-- The views of check results for the analysts' database <warehouse>/warehouse.duckdb (module
-- warehouse builds that database; this file is what it needs from the checks). The glob is relative
-- to the warehouse folder: set file_search_path to it, as for the other views. DuckDB binds a view
-- when it is created, so while checks/ holds no result file yet, create check_results from a typed
-- empty SELECT of the same columns instead (LIMIT 0).

-- statement: check_results
-- Every result of every check run: one row per (run, period, check) that passed, or per finding.
CREATE OR REPLACE VIEW check_results AS
SELECT CAST(run_id AS VARCHAR) AS run_id,
       CAST(checked_at AS TIMESTAMP) AS checked_at,
       CAST(period AS VARCHAR) AS period,
       CAST(check_id AS VARCHAR) AS check_id,
       CAST(table_name AS VARCHAR) AS table_name,
       CAST(severity AS VARCHAR) AS severity,
       CAST(outcome AS VARCHAR) AS outcome,
       CAST(observed AS DOUBLE) AS observed,
       CAST(expected AS VARCHAR) AS expected,
       CAST(detail AS VARCHAR) AS detail
FROM read_parquet('checks/*.parquet', union_by_name = true);

-- statement: check_results_latest
-- The results of the newest run that checked each period: what decided its publication, and what
-- the report's data-quality appendix lists (WHERE outcome = 'WARN').
CREATE OR REPLACE VIEW check_results_latest AS
SELECT *
FROM check_results
QUALIFY dense_rank() OVER (PARTITION BY period ORDER BY checked_at DESC, run_id DESC) = 1;
