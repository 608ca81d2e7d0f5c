-- Every contract dataset, also one never delivered (then newest_extracted_at is null and the totals 0).
SELECT datasets.dataset,
       datasets.name_zh,
       max(ledger.extracted_at) AS newest_extracted_at,
       count(ledger.batch_id) AS batches,
       CAST(coalesce(sum(ledger.rows_accepted), 0) AS BIGINT) AS rows_accepted,
       CAST(coalesce(sum(ledger.rows_set_aside), 0) AS BIGINT) AS rows_set_aside,
       max(ledger.ingested_at) AS last_ingested_at
FROM (VALUES ${contract_datasets}) AS datasets(position, dataset, name_zh)
LEFT JOIN ingest_ledger AS ledger
  ON ledger.dataset = datasets.dataset AND ledger.status = 'INGESTED'
GROUP BY datasets.position, datasets.dataset, datasets.name_zh
ORDER BY datasets.position
