-- The inputs of the checks that the published tables do not show, loaded into temporary tables of
-- the in-memory DuckDB database beside the views of the candidate's tables (CandidateViews): the
-- source datasets, the keys of the current state, the scopes, the catalogue's scopes and the figures
-- file by file. WarehouseInputs finds the files (hidden and staging folders skipped) and binds them
-- as a list, :files.

-- statement: create_tables
-- warn_after_days / error_after_days: the dataset's freshness limits (CheckSettings), NULL = no limit.
CREATE TEMP TABLE source_datasets (
  dataset VARCHAR, name_zh VARCHAR, current_present BOOLEAN, is_reference BOOLEAN,
  warn_after_days INTEGER, error_after_days INTEGER);
CREATE TEMP TABLE current_keys (
  dataset VARCHAR, key_value VARCHAR[], has_null_key BOOLEAN);
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

-- statement: load_current_keys
-- The key columns are identifiers, not values: KeySql fills {key_values} and {any_key_null}
-- from SourceDataset.keyFields().
INSERT INTO current_keys
SELECT :dataset, [{key_values}], {any_key_null}
FROM read_parquet(:files, union_by_name = true);

-- statement: add_scope
INSERT INTO scope_codes VALUES (:scope_type, :scope_code);

-- statement: load_districts
INSERT INTO scope_codes
SELECT DISTINCT :scope_type, region_code
FROM dim_region
WHERE level = 'DISTRICT' AND region_code IS NOT NULL;

-- statement: load_departments
INSERT INTO scope_codes
SELECT DISTINCT :scope_type, department_code
FROM dim_department
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
