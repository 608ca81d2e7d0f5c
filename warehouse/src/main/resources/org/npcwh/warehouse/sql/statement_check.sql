-- Asks DuckDB's own parser what a query is, before anything runs it: json_serialize_sql only
-- serialises SELECT-type statements (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE)
-- and reports an error for every other kind. The table functions it calls (the nodes of type
-- TABLE_FUNCTION in the parse tree) must be read-only ones: a few others (enable_logging,
-- checkpoint, query, ...) change settings, act on the database or run SQL of their own.
WITH parsed AS (
  SELECT json_serialize_sql(CAST(? AS VARCHAR))::JSON AS tree
),
nodes AS (
  SELECT node.id, node.parent, node.key, node.value ->> '$' AS text
  FROM parsed, json_tree(parsed.tree) AS node
),
table_function_calls AS (
  SELECT function_name.text AS name
  FROM nodes AS ref_type
  JOIN nodes AS function_object ON function_object.parent = ref_type.parent AND function_object.key = 'function'
  JOIN nodes AS function_name ON function_name.parent = function_object.id AND function_name.key = 'function_name'
  WHERE ref_type.key = 'type' AND ref_type.text = 'TABLE_FUNCTION'
)
SELECT
  coalesce(CAST(tree ->> 'error' AS BOOLEAN), false) AS not_serialisable,
  tree ->> 'error_type' AS error_type,
  tree ->> 'error_message' AS error_message,
  coalesce(json_array_length(tree -> 'statements'), 0) AS statement_count,
  (SELECT string_agg(DISTINCT name, ', ' ORDER BY name)
   FROM table_function_calls
   WHERE NOT regexp_matches(name, '^(read_|parquet_|duckdb_|pragma_)')
     AND name NOT IN ('range', 'generate_series', 'unnest', 'repeat', 'repeat_row', 'glob', 'summary',
                      'sniff_csv', 'json_each', 'json_tree', 'query_table', 'pg_timezone_names',
                      'icu_calendar_names', 'which_secret')
  ) AS forbidden_table_functions
FROM parsed
