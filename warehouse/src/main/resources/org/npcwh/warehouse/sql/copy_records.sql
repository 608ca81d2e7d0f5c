-- Copies the rows of one record view (ingest ledger, set-aside rows, rejections, check results) from
-- where the warehouse keeps them into the release being published, so that the release is whole on
-- its own and the analysts' database never reads outside it. ${columns} are the view's agreed columns,
-- NULL for a column no file has yet (e.g. a ledger column added after the oldest batches were ingested).
COPY (SELECT ${columns} FROM read_parquet(${glob}, union_by_name = true)) TO ${target} (FORMAT parquet)
