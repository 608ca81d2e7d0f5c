-- What the 要点 (key points) page talks about: one section per rule, each selecting metric_values rows
-- (never computing a figure that is shown: the moves' share only ranks them). The Chinese wording is
-- in org.npcwh.reports.fill.KeyPointWording. Only metrics the catalogue knows are selected, so a metric
-- the warehouse does not have yet is simply absent. Parameters:
--   :period, :compared        the report's period and the one it is compared with (label)
--   :scope_type, :scope_code  the report's scope
--   :department_rows          whether the report lists departments (the city's and a department's)
--   :only_department          a department's report: its code; otherwise null

-- rule: moves
-- The largest moves of the scope's figures against :compared: both values known, the earlier one not 0,
-- ranked by |value - earlier| ÷ |earlier|: the three largest, and whether each is notable (from 10 %).
WITH pairs AS (
  SELECT cur.metric_id, cur.period, prev.period AS compared_period, cur.value, prev.value AS compared_value,
         abs(cur.value - prev.value) / abs(prev.value) AS share
  FROM metric_values cur
  JOIN metric_values prev ON prev.metric_id = cur.metric_id AND prev.period = :compared
   AND prev.scope_type = cur.scope_type AND prev.scope_code = cur.scope_code
  JOIN metric_catalog c ON c.metric_id = cur.metric_id
  WHERE cur.period = :period AND cur.scope_type = :scope_type AND cur.scope_code = :scope_code
    AND cur.value IS NOT NULL AND prev.value IS NOT NULL AND prev.value <> 0
)
SELECT metric_id, period, compared_period, value, compared_value, share >= 0.1 AS notable
FROM pairs
ORDER BY share DESC, metric_id
LIMIT 3;

-- rule: behind
-- The departments furthest behind: for each DEPARTMENT-scope rate, the department with the lowest value
-- (ties: smallest code) when it is below the city's; the three widest gaps. A department's report looks
-- at its own rates only.
WITH rates AS (
  SELECT c.metric_id FROM metric_catalog c
  WHERE c.unit = 'RATE' AND list_contains(string_split(c.scopes, ','), 'DEPARTMENT')
), lowest AS (
  SELECT v.metric_id, v.scope_code, v.value,
         row_number() OVER (PARTITION BY v.metric_id ORDER BY v.value, v.scope_code) AS place
  FROM metric_values v JOIN rates r ON r.metric_id = v.metric_id
  WHERE v.period = :period AND v.scope_type = 'DEPARTMENT' AND v.value IS NOT NULL AND :department_rows
    AND (CAST(:only_department AS VARCHAR) IS NULL OR v.scope_code = :only_department)
)
SELECT l.metric_id, l.scope_code AS department_code, coalesce(d.name, l.scope_code) AS department_name,
       l.value, city.value AS city_value
FROM lowest l
JOIN metric_values city ON city.metric_id = l.metric_id AND city.period = :period
 AND city.scope_type = 'CITY' AND city.value IS NOT NULL
LEFT JOIN dim_department d ON d.department_code = l.scope_code
WHERE l.place = 1 AND l.value < city.value
ORDER BY city.value - l.value DESC, l.metric_id
LIMIT 3;

-- rule: backlog
-- What is left undone at the scope (in this order): unsatisfied suggestion replies, overdue letters,
-- overdue commitments, open oversight issues; in the city's report also the department with the most
-- (ties: smallest code), when it has any.
WITH backlog(metric_id, ord) AS (
  VALUES ('suggestion_unsatisfied', 1), ('letters_overdue_open', 2), ('commitments_overdue', 3),
         ('oversight_issues_open', 4)
), top_department AS (
  SELECT v.metric_id, v.scope_code, v.value,
         row_number() OVER (PARTITION BY v.metric_id ORDER BY v.value DESC, v.scope_code) AS place
  FROM metric_values v JOIN backlog b ON b.metric_id = v.metric_id
  WHERE v.period = :period AND v.scope_type = 'DEPARTMENT' AND v.value > 0 AND :scope_type = 'CITY'
)
SELECT b.metric_id, v.value, t.scope_code AS department_code,
       coalesce(d.name, t.scope_code) AS department_name, t.value AS department_value
FROM backlog b
JOIN metric_catalog c ON c.metric_id = b.metric_id
JOIN metric_values v ON v.metric_id = b.metric_id AND v.period = :period
 AND v.scope_type = :scope_type AND v.scope_code = :scope_code AND v.value IS NOT NULL
LEFT JOIN top_department t ON t.metric_id = b.metric_id AND t.place = 1
LEFT JOIN dim_department d ON d.department_code = t.scope_code
ORDER BY b.ord;

-- rule: warnings
-- The period's data-quality warnings, as the appendix shows them (newest check run of the period): one
-- row per warning check, or one row without a check when the run found none, no row when no run did.
WITH latest AS (
  SELECT run_id, table_name, check_id, outcome FROM check_results_latest WHERE period = :period
)
SELECT DISTINCT r.run_id, w.table_name, w.check_id
FROM (SELECT DISTINCT run_id FROM latest) r
LEFT JOIN latest w ON w.run_id = r.run_id AND w.outcome = 'WARN'
ORDER BY w.table_name NULLS LAST, w.check_id;
