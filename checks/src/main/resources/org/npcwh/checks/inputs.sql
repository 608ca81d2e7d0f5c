-- The inputs of the checks, loaded into temporary tables of an in-memory DuckDB database so that
-- every check of a run sees one snapshot of the warehouse. WarehouseInputs finds the files (hidden
-- and staging folders skipped) and binds them as a list, :files. The check queries in
-- tables/<table>/checks.sql read only these tables.

-- statement: create_tables
-- warn_after_days / error_after_days: the dataset's freshness limits (CheckSettings), NULL = no limit.
CREATE TEMP TABLE source_datasets (
  dataset VARCHAR, name_zh VARCHAR, current_present BOOLEAN, is_reference BOOLEAN,
  warn_after_days INTEGER, error_after_days INTEGER);
CREATE TEMP TABLE ingest_ledger (
  dataset VARCHAR, batch_id VARCHAR, status VARCHAR, extracted_at TIMESTAMP, rows_in BIGINT,
  rows_accepted BIGINT, rows_set_aside BIGINT, duplicate_of VARCHAR);
CREATE TEMP TABLE current_keys (
  dataset VARCHAR, key_value VARCHAR[], has_null_key BOOLEAN);
CREATE TEMP TABLE reference_holds (
  dataset VARCHAR, batch_id VARCHAR, key VARCHAR, field VARCHAR, missing_key VARCHAR, reason VARCHAR,
  pending_at_ingest BOOLEAN, supersedes_current BOOLEAN);
CREATE TEMP TABLE scope_codes (
  scope_type VARCHAR, scope_code VARCHAR);
CREATE TEMP TABLE metric_scopes (
  metric_id VARCHAR, unit VARCHAR, scope_type VARCHAR);
-- How a finding names one figure: 'letter_on_time_rate DEPARTMENT/D01'.
CREATE TEMP MACRO figure(metric_id, scope_type, scope_code) AS
  concat(coalesce(metric_id, '(no metric)'), ' ', coalesce(scope_type, '(no scope)'), '/',
         coalesce(scope_code, '(no code)'));
CREATE TEMP TABLE checked_periods (
  period VARCHAR, grain VARCHAR, candidate_present BOOLEAN);
CREATE TEMP TABLE candidate_metric_values (
  file_period VARCHAR, period VARCHAR, grain VARCHAR, metric_id VARCHAR, scope_type VARCHAR,
  scope_code VARCHAR, value DOUBLE, numerator DOUBLE, denominator DOUBLE);
CREATE TEMP TABLE published_metric_values (
  period VARCHAR, grain VARCHAR, metric_id VARCHAR, scope_type VARCHAR, scope_code VARCHAR,
  value DOUBLE, numerator DOUBLE, denominator DOUBLE);

-- statement: add_source_dataset
INSERT INTO source_datasets
VALUES (:dataset, :name_zh, :current_present, :is_reference, :warn_after_days::INTEGER, :error_after_days::INTEGER);

-- statement: load_ledger
INSERT INTO ingest_ledger
SELECT dataset, batch_id, status, extracted_at, rows_in, rows_accepted, rows_set_aside, duplicate_of
FROM read_parquet(:files, union_by_name = true);

-- statement: load_current_keys
-- The key columns are identifiers, not values: CurrentKeysSql fills {key_values} and {any_key_null}
-- from SourceDataset.keyFields().
INSERT INTO current_keys
SELECT :dataset, [{key_values}], {any_key_null}
FROM read_parquet(:files, union_by_name = true);

-- statement: load_reference_holds
INSERT INTO reference_holds
SELECT dataset, batch_id, key, field, missing_key, reason, pending_at_ingest, supersedes_current
FROM read_parquet(:files, union_by_name = true);

-- statement: add_scope
INSERT INTO scope_codes VALUES (:scope_type, :scope_code);

-- statement: load_districts
INSERT INTO scope_codes
SELECT DISTINCT :scope_type, region_code
FROM read_parquet(:files, union_by_name = true)
WHERE level = 'DISTRICT' AND region_code IS NOT NULL;

-- statement: load_departments
INSERT INTO scope_codes
SELECT DISTINCT :scope_type, department_code
FROM read_parquet(:files, union_by_name = true)
WHERE department_code IS NOT NULL;

-- statement: add_metric_scope
INSERT INTO metric_scopes VALUES (:metric_id, :unit, :scope_type);

-- statement: add_checked_period
INSERT INTO checked_periods VALUES (:period, :grain, :candidate_present);

-- statement: load_candidate
INSERT INTO candidate_metric_values
SELECT :period, period, grain, metric_id, scope_type, scope_code, value, numerator, denominator
FROM read_parquet(:files);

-- statement: load_published
INSERT INTO published_metric_values
SELECT period, grain, metric_id, scope_type, scope_code, value, numerator, denominator
FROM read_parquet(:files);
