-- The newest check run of each period decides whether that period may be published.
SELECT *
FROM check_results
QUALIFY dense_rank() OVER (PARTITION BY period ORDER BY checked_at DESC, run_id DESC) = 1
