COMMENT ON VIEW ${view} IS ${comment}
