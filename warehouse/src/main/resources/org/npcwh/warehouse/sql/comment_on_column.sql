COMMENT ON COLUMN ${view}.${column} IS ${comment}
