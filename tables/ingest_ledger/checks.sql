-- Checks of the ingest ledger (the view over raw/<dataset>/<batch_id>/_ledger.parquet, one row per
-- batch). They hold for the whole warehouse, so they run once per check run and count for
-- every period checked.

-- check: batch_conservation
-- severity: FAIL
-- description: 每个入库批次：读入行数 = 接收行数 + 剔除行数 / every ingested batch: rows in = rows accepted + rows set aside
-- expected: rows_in − rows_accepted − rows_set_aside = 0 for every INGESTED batch
-- action: Rows were lost or counted twice while landing this batch: delete its folder raw/<dataset>/<batch_id>/ and run `npcwh ingest` again (the landing zone still holds the batch), then transform and check again.
SELECT (rows_in - rows_accepted - rows_set_aside)::DOUBLE AS observed,
       concat(dataset, '/', batch_id, ': rows_in ', coalesce(rows_in::VARCHAR, 'null'),
              ', accepted ', coalesce(rows_accepted::VARCHAR, 'null'),
              ', set aside ', coalesce(rows_set_aside::VARCHAR, 'null')) AS detail
FROM ingest_ledger
WHERE status = 'INGESTED' AND rows_in IS DISTINCT FROM rows_accepted + rows_set_aside
ORDER BY dataset, batch_id

-- check: duplicate_batch_empty
-- severity: FAIL
-- description: 重复批次不接收也不剔除任何行 / a duplicate batch adds no rows and names the batch it repeats
-- expected: rows_accepted = rows_set_aside = 0 and duplicate_of set, for every DUPLICATE batch
-- action: A batch recorded as a duplicate carries rows: delete its folder raw/<dataset>/<batch_id>/ and run `npcwh ingest` again, then transform and check again.
SELECT (coalesce(rows_accepted, 0) + coalesce(rows_set_aside, 0))::DOUBLE AS observed,
       concat(dataset, '/', batch_id, ': duplicate of ', coalesce(duplicate_of, 'nothing named'),
              ', accepted ', coalesce(rows_accepted::VARCHAR, 'null'),
              ', set aside ', coalesce(rows_set_aside::VARCHAR, 'null')) AS detail
FROM ingest_ledger
WHERE status = 'DUPLICATE'
  AND (rows_accepted IS DISTINCT FROM 0 OR rows_set_aside IS DISTINCT FROM 0 OR duplicate_of IS NULL)
ORDER BY dataset, batch_id
