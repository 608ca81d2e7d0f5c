-- Checks of the current state: current/<dataset>/ (latest version per key, or the newest full batch
-- of reference data), written by transform. The key columns of each dataset come from
-- SourceDataset.keyFields() through the current_keys input (KeySql).

-- check: current_state_present
-- severity: FAIL
-- description: 每个数据集都有当前状态，已接收的行不丢失 / every source dataset has a current state, with rows once batches delivered rows
-- expected: current/<dataset>/ holds Parquet files for every dataset, and rows where ingested batches accepted rows not all held for a reference
-- action: Run `npcwh transform` again; if the dataset was never delivered, land a batch of it and run `npcwh ingest` first. If it stays empty although batches accepted rows, report it with the dataset named here.
WITH accepted AS (
  SELECT dataset, sum(rows_accepted) AS rows_accepted
  FROM ingest_ledger WHERE status = 'INGESTED' GROUP BY dataset
), current_rows AS (
  SELECT dataset, count(*) AS row_count FROM current_keys GROUP BY dataset
), held AS (
  SELECT dataset, count(*) AS held FROM reference_holds GROUP BY dataset
)
SELECT coalesce(c.row_count, 0)::DOUBLE AS observed,
       concat('current/', d.dataset, '/ (', d.name_zh, ') ',
              CASE WHEN NOT d.current_present THEN 'holds no Parquet file'
                   ELSE concat('holds no row, though ingested batches accepted ', a.rows_accepted, ' row(s)')
              END) AS detail
FROM source_datasets AS d
LEFT JOIN accepted AS a USING (dataset)
LEFT JOIN current_rows AS c USING (dataset)
LEFT JOIN held AS h USING (dataset)
WHERE NOT d.current_present
   OR (coalesce(c.row_count, 0) = 0 AND coalesce(a.rows_accepted, 0) > coalesce(h.held, 0))
ORDER BY d.dataset

-- check: key_not_null
-- severity: FAIL
-- description: 当前状态主键不为空 / no key field is null in the current state
-- expected: 0 rows with a null key field, in every dataset
-- action: Ingest sets rows without a key aside, so such a row comes from a transform bug: rerun `npcwh transform` and report the dataset named here if it persists.
SELECT count(*)::DOUBLE AS observed,
       concat('current/', dataset, ': ', count(*), ' row(s) with a null key field') AS detail
FROM current_keys
WHERE has_null_key
GROUP BY dataset
ORDER BY dataset

-- check: key_unique
-- severity: FAIL
-- description: 当前状态主键唯一 / every key appears once in the current state
-- expected: 1 row per key, in every dataset
-- action: Two versions of one record survived: for reference data, look for a duplicated key in the newest full batch (fix it at the source and deliver a new batch); otherwise rerun `npcwh transform` and report the dataset and key named here.
SELECT count(*)::DOUBLE AS observed,
       concat('current/', dataset, ': key ', array_to_string(key_value, ' | '), ' appears ', count(*), ' times') AS detail
FROM current_keys
WHERE NOT has_null_key
GROUP BY dataset, key_value
HAVING count(*) > 1
ORDER BY dataset, array_to_string(key_value, ' | ')
