-- The files of one view, cast to the view's agreed column types. The glob is relative to the
-- warehouse folder (see file_search_path) and skips names starting with '.' or '_' (staging).
SELECT ${typed_columns}
FROM read_parquet(${glob}, union_by_name = true)
