-- Checks of source freshness: per source dataset, the newest batch in the ingest ledger. A batch
-- recorded as DUPLICATE counts: it is a later extract whose content had not changed.

-- check: batch_after_period_end
-- severity: FAIL
-- description: 每个数据源都有期末之后抽取的批次 / every source has a batch extracted after the period end
-- expected: a batch with extracted_at > :period_end_ts for every source dataset
-- action: The period is not complete in the warehouse yet: wait for (or ask for) the source's extract covering the period end, run `npcwh ingest`, `npcwh transform` and the checks again.
WITH newest AS (
  SELECT d.dataset, d.name_zh, max(l.extracted_at) AS extracted_at
  FROM source_datasets AS d
  LEFT JOIN ingest_ledger AS l ON l.dataset = d.dataset AND l.status IN ('INGESTED', 'DUPLICATE')
  GROUP BY d.dataset, d.name_zh
)
SELECT date_diff('day', CAST(:period_end AS DATE), CAST(extracted_at AS DATE))::DOUBLE AS observed,
       concat(dataset, ' (', name_zh, '): ',
              CASE WHEN extracted_at IS NULL THEN 'no batch ingested'
                   ELSE concat('newest batch extracted ', strftime(extracted_at, '%Y-%m-%d %H:%M:%S'),
                               ', not after the period end ', strftime(CAST(:period_end_ts AS TIMESTAMP), '%Y-%m-%d %H:%M:%S'))
              END) AS detail
FROM newest
WHERE extracted_at IS NULL OR extracted_at <= CAST(:period_end_ts AS TIMESTAMP)
ORDER BY dataset

-- check: source_not_stale
-- severity: WARN
-- description: 数据源没有长期停止供数 / no source lags far behind the others
-- expected: newest extracted_at of each source at most :max_stale_days days before the newest extract of any source
-- action: Ask the source system's owners whether its extracts stopped; its figures may miss recent changes until a new batch is ingested.
WITH newest AS (
  SELECT d.dataset, d.name_zh, max(l.extracted_at) AS extracted_at
  FROM source_datasets AS d
  LEFT JOIN ingest_ledger AS l ON l.dataset = d.dataset AND l.status IN ('INGESTED', 'DUPLICATE')
  GROUP BY d.dataset, d.name_zh
), horizon AS (
  SELECT max(extracted_at) AS extracted_at FROM newest
), lag AS (
  SELECT n.dataset, n.name_zh, n.extracted_at, h.extracted_at AS horizon,
         date_diff('day', CAST(n.extracted_at AS DATE), CAST(h.extracted_at AS DATE)) AS days
  FROM newest AS n, horizon AS h
  WHERE h.extracted_at IS NOT NULL
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
