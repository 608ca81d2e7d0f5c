-- Stands in for a view's files while none exist yet: no rows, the same columns and types.
SELECT ${typed_nulls}
LIMIT 0
