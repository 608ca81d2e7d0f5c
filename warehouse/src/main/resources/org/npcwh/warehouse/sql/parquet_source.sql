-- The files of one view, cast to the view's agreed column types. The glob is relative to the
-- warehouse folder (see file_search_path) and skips names starting with '.' or '_' (staging).
-- The empty typed stand-in, joined by name, gives a column that older files lack (e.g. a ledger
-- written before rows_pending existed) as null instead of failing the view.
SELECT ${typed_columns}
FROM (SELECT * FROM read_parquet(${glob}, union_by_name = true)
      UNION ALL BY NAME
      SELECT ${typed_nulls} WHERE false) AS typed_files
