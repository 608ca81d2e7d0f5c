-- The ledger told truthfully after issue 9: rows in = accepted + set aside at ingest, and of the
-- accepted rows those pending a reference then, those admitted since (their key arrived) and those
-- held now, from the reference_holds mart of the last transform. Held rows of a batch may include rows
-- that were not pending at ingest (a key that left the current state), so rows_held is counted apart.
WITH held AS (
  SELECT dataset, batch_id, count(*) AS rows_held,
         count(*) FILTER (WHERE pending_at_ingest) AS rows_held_pending
  FROM reference_holds
  GROUP BY dataset, batch_id
)
SELECT ledger.dataset,
       ledger.batch_id,
       ledger.status,
       ledger.extracted_at,
       ledger.rows_in,
       ledger.rows_accepted,
       ledger.rows_set_aside,
       CAST(coalesce(ledger.rows_pending, 0) AS BIGINT) AS rows_pending,
       CAST(greatest(coalesce(ledger.rows_pending, 0) - coalesce(held.rows_held_pending, 0), 0) AS BIGINT)
         AS rows_pending_admitted,
       CAST(coalesce(held.rows_held, 0) AS BIGINT) AS rows_held
FROM ingest_ledger AS ledger
LEFT JOIN held
  ON held.dataset = ledger.dataset AND held.batch_id = ledger.batch_id
ORDER BY ledger.dataset, ledger.extracted_at, ledger.batch_id
