-- Checks of metric_values: the candidate figures of one period
-- (candidate/metric_values/<period>.parquet), before publish promotes them to
-- marts/metric_values/. The contract (docs/contract/metrics.md): one row per (period, metric_id, scope_type,
-- scope_code) for every scope the catalogue lists; value null where the denominator is 0, never NaN.

-- check: candidate_present
-- severity: FAIL
-- description: 本期有待发布的指标文件 / transform left candidate figures for the period
-- expected: candidate/metric_values/:period.parquet exists
-- action: Run `npcwh transform` for this period, then run the checks again.
SELECT NULL::DOUBLE AS observed,
       concat('no file candidate/metric_values/', period, '.parquet') AS detail
FROM checked_periods
WHERE period = :period AND NOT candidate_present

-- check: scope_dimensions_present
-- severity: FAIL
-- description: 区与承办单位维表不为空 / the dimensions name every kind of scope the catalogue needs
-- expected: at least one scope code of each scope type (DISTRICT from dim_region, DEPARTMENT from dim_department)
-- action: Check that regions and departments were ingested, then run `npcwh transform` again to rebuild marts/dim_region and marts/dim_department.
SELECT 0::DOUBLE AS observed,
       concat('metrics have ', scope_type, ' figures but marts/dim_region and marts/dim_department name no ',
              scope_type, ' (missing or empty)') AS detail
FROM (SELECT DISTINCT scope_type FROM metric_scopes) AS needed
WHERE scope_type NOT IN (SELECT scope_type FROM scope_codes)
ORDER BY scope_type

-- check: row_present_for_every_scope
-- severity: FAIL
-- description: 每个指标在每个范围都有一行 / a row for every metric and every scope it lists
-- expected: 1 row per metric × scope (CITY, each district of dim_region, each department of dim_department)
-- action: Transform left figures out: run `npcwh transform` for this period again and look at its log; if a district or department is new, check that dim_region / dim_department and the figures were rebuilt by the same run.
WITH expected AS (
  SELECT m.metric_id, m.scope_type, s.scope_code
  FROM metric_scopes AS m JOIN scope_codes AS s USING (scope_type)
)
SELECT 0::DOUBLE AS observed,
       concat('no row for ', figure(e.metric_id, e.scope_type, e.scope_code)) AS detail
FROM expected AS e
WHERE EXISTS (SELECT 1 FROM checked_periods WHERE period = :period AND candidate_present)
  AND NOT EXISTS (
    SELECT 1 FROM candidate_metric_values AS c
    WHERE c.file_period = :period AND c.metric_id = e.metric_id
      AND c.scope_type = e.scope_type AND c.scope_code = e.scope_code)
ORDER BY e.metric_id, e.scope_type, e.scope_code

-- check: one_row_per_scope
-- severity: FAIL
-- description: 每个指标每个范围只有一行 / no figure appears twice
-- expected: 1 row per (period, metric_id, scope_type, scope_code)
-- action: Transform wrote a figure twice: look for duplicated districts or departments in the dimensions, fix, and run `npcwh transform` for this period again.
SELECT count(*)::DOUBLE AS observed,
       concat(figure(metric_id, scope_type, scope_code), ': ', count(*), ' rows') AS detail
FROM candidate_metric_values
WHERE file_period = :period
GROUP BY metric_id, scope_type, scope_code
HAVING count(*) > 1
ORDER BY metric_id, scope_type, scope_code

-- check: no_unexpected_rows
-- severity: FAIL
-- description: 没有目录之外的行 / no row outside the catalogue, the scopes or the period
-- expected: only rows of period :period (grain :grain) for a catalogue metric and one of its scopes
-- action: The candidate holds figures the catalogue does not define: make sure transform and the checks run the same version of npcwh, then run `npcwh transform` for this period again.
SELECT c.value AS observed,
       concat(figure(c.metric_id, c.scope_type, c.scope_code), ': ',
         CASE
           WHEN c.period IS DISTINCT FROM :period
             THEN concat('period ', coalesce(c.period, 'null'), ' in the file of ', :period)
           WHEN c.grain IS DISTINCT FROM :grain
             THEN concat('grain ', coalesce(c.grain, 'null'), ' instead of ', :grain)
           WHEN NOT EXISTS (SELECT 1 FROM metric_scopes AS m WHERE m.metric_id = c.metric_id)
             THEN 'not a metric of the catalogue'
           WHEN NOT EXISTS (SELECT 1 FROM metric_scopes AS m
                            WHERE m.metric_id = c.metric_id AND m.scope_type = c.scope_type)
             THEN 'the catalogue does not list this scope type for the metric'
           ELSE 'not a district of dim_region or a department of dim_department'
         END) AS detail
FROM candidate_metric_values AS c
WHERE c.file_period = :period
  AND (c.period IS DISTINCT FROM :period
    OR c.grain IS DISTINCT FROM :grain
    OR NOT EXISTS (
      SELECT 1 FROM metric_scopes AS m JOIN scope_codes AS s USING (scope_type)
      WHERE m.metric_id = c.metric_id AND m.scope_type = c.scope_type AND s.scope_code = c.scope_code))
ORDER BY c.metric_id, c.scope_type, c.scope_code

-- check: value_not_nan
-- severity: FAIL
-- description: 指标值不是 NaN 或无穷 / no value is NaN or infinite
-- expected: value is a finite number or null
-- action: A division went wrong in transform (a denominator of 0 must give null): report it with the metric named here.
SELECT value AS observed,
       concat(figure(metric_id, scope_type, scope_code), ': value ', value::VARCHAR) AS detail
FROM candidate_metric_values
WHERE file_period = :period AND (isnan(value) OR isinf(value))
ORDER BY metric_id, scope_type, scope_code

-- check: rate_within_0_1
-- severity: FAIL
-- description: 比率在 0 与 1 之间 / rates lie within [0, 1]
-- expected: 0 <= value <= 1 for every RATE metric (null allowed)
-- action: A share above 1 or below 0 means the numerator counts something the denominator does not (or bad source data): look at the numerator and denominator of the figure, fix the data or the transform, then transform and check again.
SELECT c.value AS observed,
       concat(figure(c.metric_id, c.scope_type, c.scope_code), ': ', c.value::VARCHAR,
              ' = ', coalesce(c.numerator::VARCHAR, 'null'), ' / ', coalesce(c.denominator::VARCHAR, 'null')) AS detail
FROM candidate_metric_values AS c
WHERE c.file_period = :period
  AND c.metric_id IN (SELECT metric_id FROM metric_scopes WHERE unit = :rate_unit)
  AND isfinite(c.value) AND (c.value < 0 OR c.value > 1)
ORDER BY c.metric_id, c.scope_type, c.scope_code

-- check: count_non_negative_whole
-- severity: FAIL
-- description: 计数为非负整数 / counts are whole numbers of 0 or more
-- expected: value is a whole number >= 0 for every COUNT metric
-- action: A count can be neither negative, fractional nor missing: look at how transform counts this metric, fix, then transform and check again.
SELECT c.value AS observed,
       concat(figure(c.metric_id, c.scope_type, c.scope_code), ': count ', coalesce(c.value::VARCHAR, 'null')) AS detail
FROM candidate_metric_values AS c
WHERE c.file_period = :period
  AND c.metric_id IN (SELECT metric_id FROM metric_scopes WHERE unit = :count_unit)
  AND (c.value IS NULL OR (isfinite(c.value) AND (c.value < 0 OR c.value <> trunc(c.value))))
ORDER BY c.metric_id, c.scope_type, c.scope_code

-- check: zero_denominator_null_value
-- severity: FAIL
-- description: 分母为 0 时指标值为空 / a figure over a denominator of 0 is null
-- expected: value is null wherever denominator = 0
-- action: A figure over nothing must be null, not 0: fix the division in transform, then transform and check again.
SELECT value AS observed,
       concat(figure(metric_id, scope_type, scope_code), ': value ', value::VARCHAR, ' over a denominator of 0') AS detail
FROM candidate_metric_values
WHERE file_period = :period AND denominator = 0 AND value IS NOT NULL
ORDER BY metric_id, scope_type, scope_code

-- check: city_move_within_share
-- severity: WARN
-- label: 全市指标环比变动过大
-- description: 全市指标环比变动不超过阈值 / a city figure moved no more than the set share against the previous period
-- expected: |value − previous| ÷ |previous| <= :max_move_share against :previous_period
-- action: Not an error by itself: confirm the move with the source system's owners before the report goes out (a missing or duplicated batch is the usual cause).
WITH previous_candidate AS (
  SELECT metric_id, value, 'candidate' AS source
  FROM candidate_metric_values
  WHERE file_period = :previous_period AND scope_type = :city_scope
), previous_figures AS (
  SELECT * FROM previous_candidate
  UNION ALL
  SELECT metric_id, value, 'published' AS source
  FROM published_metric_values
  WHERE period = :previous_period AND scope_type = :city_scope
    AND NOT EXISTS (SELECT 1 FROM checked_periods WHERE period = :previous_period AND candidate_present)
), moves AS (
  SELECT c.metric_id, c.value, p.value AS previous, p.source,
         CASE WHEN p.value <> 0 THEN abs(c.value - p.value) / abs(p.value) END AS share
  FROM candidate_metric_values AS c
  JOIN previous_figures AS p USING (metric_id)
  WHERE c.file_period = :period AND c.scope_type = :city_scope
    AND isfinite(c.value) AND isfinite(p.value)
)
SELECT share AS observed,
       concat(metric_id, ' CITY: ', previous::VARCHAR, ' (', :previous_period, ', ', source, ') → ',
              value::VARCHAR, CASE WHEN share IS NULL THEN ', up from 0'
                                   ELSE concat(', moved ', round(100 * share, 1)::VARCHAR, ' %') END) AS detail
FROM moves
WHERE (previous = 0 AND value <> 0) OR share > :max_move_share
ORDER BY metric_id
