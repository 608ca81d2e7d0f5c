-- Checks of source freshness, after dbt's source freshness: per source dataset, the newest batch in
-- the ingest ledger, against the dataset's warn_after / error_after limits (source_datasets, from
-- CheckSettings: defaults, settings file, command line). A batch recorded as DUPLICATE counts: it is
-- a later extract whose content had not changed.

-- check: within_error_after
-- severity: FAIL
-- description: 每个数据源在期末前后有足够新的批次 / every source has a batch newer than its error limit before the period end
-- expected: per source, a batch extracted after :period_end_ts less its error_after days (default: 0 days for event data, i.e. after the period end; no limit for reference data)
-- action: The period is not complete in the warehouse yet: wait for (or ask for) the source's extract covering the period end, run `npcwh ingest`, `npcwh transform` and the checks again. If the source is re-sent only when it changes, give it a longer limit (--freshness DATASET=error:none or a settings file).
WITH newest AS (
  SELECT d.dataset, d.name_zh, d.error_after_days, max(l.extracted_at) AS extracted_at
  FROM source_datasets AS d
  LEFT JOIN ingest_ledger AS l ON l.dataset = d.dataset AND l.status IN ('INGESTED', 'DUPLICATE')
  WHERE d.error_after_days IS NOT NULL
  GROUP BY d.dataset, d.name_zh, d.error_after_days
)
SELECT date_diff('day', extracted_at, CAST(:period_end_ts AS TIMESTAMP))::DOUBLE AS observed,
       concat(dataset, ' (', name_zh, '): ',
              CASE WHEN extracted_at IS NULL THEN 'no batch ingested'
                   WHEN error_after_days = 0
                   THEN concat('newest batch extracted ', strftime(extracted_at, '%Y-%m-%d %H:%M:%S'),
                               ', not after the period end ', strftime(CAST(:period_end_ts AS TIMESTAMP), '%Y-%m-%d %H:%M:%S'))
                   ELSE concat('newest batch extracted ', strftime(extracted_at, '%Y-%m-%d %H:%M:%S'),
                               ', more than ', error_after_days, ' days (its error limit) before the period end ',
                               strftime(CAST(:period_end_ts AS TIMESTAMP), '%Y-%m-%d %H:%M:%S'))
              END) AS detail
FROM newest
WHERE extracted_at IS NULL
   OR extracted_at <= CAST(:period_end_ts AS TIMESTAMP) - to_days(error_after_days)
ORDER BY dataset

-- check: within_warn_after
-- severity: WARN
-- label: 数据源超过预警时限未更新
-- description: 数据源在预警时限内有新批次 / every source has a batch newer than its warning limit before the period end
-- expected: per source, a batch extracted after :period_end_ts less its warn_after days (default: 180 days for reference data, no limit for event data); a source past its error limit is reported by within_error_after only
-- action: Reference data is re-sent when it changes: ask the source system's owners whether nothing changed since its newest extract (then nothing is wrong) or whether its extracts stopped. Figures may miss changes (new stations, departments, deputies) until a new batch is ingested.
WITH newest AS (
  SELECT d.dataset, d.name_zh, d.warn_after_days, d.error_after_days, max(l.extracted_at) AS extracted_at
  FROM source_datasets AS d
  LEFT JOIN ingest_ledger AS l ON l.dataset = d.dataset AND l.status IN ('INGESTED', 'DUPLICATE')
  WHERE d.warn_after_days IS NOT NULL
  GROUP BY d.dataset, d.name_zh, d.warn_after_days, d.error_after_days
), late AS (
  SELECT *, extracted_at IS NULL
            OR extracted_at <= CAST(:period_end_ts AS TIMESTAMP) - to_days(warn_after_days) AS past_warn,
         error_after_days IS NOT NULL AND (extracted_at IS NULL
            OR extracted_at <= CAST(:period_end_ts AS TIMESTAMP) - to_days(error_after_days)) AS past_error
  FROM newest
)
SELECT date_diff('day', extracted_at, CAST(:period_end_ts AS TIMESTAMP))::DOUBLE AS observed,
       concat(dataset, ' (', name_zh, '): ',
              CASE WHEN extracted_at IS NULL THEN 'no batch ingested'
                   ELSE concat('newest batch extracted ', strftime(extracted_at, '%Y-%m-%d %H:%M:%S'), ', ',
                               date_diff('day', extracted_at, CAST(:period_end_ts AS TIMESTAMP)),
                               ' days before the period end ', strftime(CAST(:period_end_ts AS TIMESTAMP), '%Y-%m-%d %H:%M:%S'),
                               ' (warning limit: ', warn_after_days, ' days)')
              END) AS detail
FROM late
WHERE past_warn AND NOT past_error
ORDER BY dataset

-- check: source_not_stale
-- severity: WARN
-- label: 数据源供数明显滞后
-- description: 数据源没有长期停止供数 / no event source lags far behind the others
-- expected: newest extracted_at of each event (incremental) source at most :max_stale_days days before the newest extract of any source; reference data is judged by within_warn_after
-- action: Ask the source system's owners whether its extracts stopped; its figures may miss recent changes until a new batch is ingested.
WITH newest AS (
  SELECT d.dataset, d.name_zh, d.is_reference, max(l.extracted_at) AS extracted_at
  FROM source_datasets AS d
  LEFT JOIN ingest_ledger AS l ON l.dataset = d.dataset AND l.status IN ('INGESTED', 'DUPLICATE')
  GROUP BY d.dataset, d.name_zh, d.is_reference
), horizon AS (
  SELECT max(extracted_at) AS extracted_at FROM newest
), lag AS (
  SELECT n.dataset, n.name_zh, n.extracted_at, h.extracted_at AS horizon,
         date_diff('day', CAST(n.extracted_at AS DATE), CAST(h.extracted_at AS DATE)) AS days
  FROM newest AS n, horizon AS h
  WHERE h.extracted_at IS NOT NULL AND NOT n.is_reference
)
SELECT days::DOUBLE AS observed,
       concat(dataset, ' (', name_zh, '): ',
              CASE WHEN extracted_at IS NULL THEN 'no batch ingested'
                   ELSE concat('newest batch extracted ', strftime(extracted_at, '%Y-%m-%d %H:%M:%S'), ', ', days,
                               ' days before the newest extract of any source (', strftime(horizon, '%Y-%m-%d %H:%M:%S'), ')')
              END) AS detail
FROM lag
WHERE extracted_at IS NULL OR days > :max_stale_days
ORDER BY dataset
