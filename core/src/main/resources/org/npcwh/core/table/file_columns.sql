-- The columns the files of a glob have between them (no row is read).
SELECT * FROM read_parquet(${glob}, union_by_name = true) LIMIT 0
