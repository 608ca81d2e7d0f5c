-- The rows of metric_values from the items of metrics.sql and metrics_second_tier.sql: one row for every
-- (period, metric, listed scope), also where nothing was counted. The unit decides the row's shape.

CREATE TABLE metric_scopes AS
SELECT m.metric_id, m.unit, s.scope_type
FROM metric_list m,
LATERAL (SELECT 'CITY' AS scope_type UNION ALL SELECT m.second_scope WHERE m.second_scope IS NOT NULL) s;

-- Every item counts for CITY (when `city`) and for the metric's other scope under `code`. A median keeps
-- every value of its group until the end, so only the DAYS metrics' values go into one.
CREATE TABLE figures AS
SELECT i.period, i.metric_id, s.scope_type,
       CASE WHEN s.scope_type = 'CITY' THEN 'CITY' ELSE i.code END AS scope_code,
       sum(i.x) AS x_sum, sum(i.y) AS y_sum, count(*) AS n,
       quantile_cont(i.x, 0.5) FILTER (WHERE s.unit = 'DAYS') AS x_median
FROM (SELECT * FROM first_tier_items UNION ALL SELECT * FROM second_tier_items) i
JOIN metric_scopes s ON s.metric_id = i.metric_id
WHERE (s.scope_type = 'CITY' AND i.city) OR (s.scope_type <> 'CITY' AND i.code IS NOT NULL)
GROUP BY ALL;

-- One row for every (period, metric, listed scope), also where nothing was counted.
CREATE TABLE metric_values AS
SELECT p.period, p.grain, m.metric_id, s.scope_type, s.scope_code,
       CASE m.unit
         WHEN 'COUNT' THEN coalesce(f.x_sum, 0)
         WHEN 'DAYS' THEN f.x_median
         WHEN 'PER_DAY' THEN coalesce(f.x_sum, 0) / (p.p_end - p.p_start + 1)
         ELSE CASE WHEN coalesce(f.y_sum, 0) > 0 THEN f.x_sum / f.y_sum END
       END::DOUBLE AS value,
       CASE m.unit WHEN 'DAYS' THEN NULL ELSE coalesce(f.x_sum, 0) END::DOUBLE AS numerator,
       CASE m.unit
         WHEN 'COUNT' THEN NULL
         WHEN 'DAYS' THEN coalesce(f.n, 0)
         WHEN 'PER_DAY' THEN p.p_end - p.p_start + 1
         ELSE coalesce(f.y_sum, 0)
       END::DOUBLE AS denominator
FROM periods p
CROSS JOIN metric_scopes m
JOIN scopes s ON s.scope_type = m.scope_type
LEFT JOIN figures f ON f.period = p.period AND f.metric_id = m.metric_id
  AND f.scope_type = s.scope_type AND f.scope_code = s.scope_code
ORDER BY p.period, m.metric_id, s.scope_type, s.scope_code;
