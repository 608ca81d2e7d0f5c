-- The columns the files of a glob have between them (no row is read).
SELECT * FROM read_parquet(?, union_by_name = true) LIMIT 0
