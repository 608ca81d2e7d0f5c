-- The facts of the 一人一档 (deputy's duty file), each read once for all deputies and ordered by deputy,
-- so that thousands of files are filled without a query per deputy. Deputies' names are shown (public
-- office holders); nothing here reads a resident's data (a letter's message is never joined).
-- Parameters: :ytd_from (January 1 of the year of P.end) and :period_end.

-- section: deputies
-- Deputies serving at P.end, as the metrics count them.
SELECT d.deputy_id, d.name, d.level, coalesce(r.name, d.district_code) AS district_name,
       coalesce(p.name, d.platform_id) AS station_name, d.professional_group
FROM dim_deputy d
LEFT JOIN dim_region r ON r.region_code = d.district_code
LEFT JOIN dim_platform p ON p.platform_id = d.platform_id
WHERE d.term_start <= :period_end AND (d.term_end IS NULL OR d.term_end >= :period_end)
ORDER BY d.deputy_id;

-- section: duty
-- Duty records occurring in the YTD by type, with the points they earned (each record's points under the
-- yearly cap are fct_duty_record's) and the type's cap; types in the order of the contract.
SELECT r.deputy_id, r.duty_type, coalesce(any_value(u.name_zh), r.duty_type) AS type_name,
       count(*) AS records, sum(r.hours) AS hours, sum(r.points) AS points, any_value(r.annual_cap) AS annual_cap
FROM fct_duty_record r
LEFT JOIN dim_duty_point_rule u ON u.duty_type = r.duty_type
WHERE r.occurred_on BETWEEN :ytd_from AND :period_end
GROUP BY r.deputy_id, r.duty_type
ORDER BY r.deputy_id, coalesce(list_position(['SESSION', 'COMMITTEE_ATTENDANCE', 'RECEPTION', 'SURVEY', 'TRAINING',
         'OVERSIGHT', 'GROUP_WORK', 'MICRO_PROJECT', 'OTHER'], r.duty_type), 99), r.duty_type;

-- section: suggestions
-- Suggestions the deputy led, submitted in the YTD, with the lead department's latest effective rating
-- of each stage evaluated on or before P.end.
WITH rated AS (
  SELECT e.suggestion_id, e.department_code, e.stage, e.rating, e.score,
         row_number() OVER (PARTITION BY e.suggestion_id, e.department_code, e.stage
                            ORDER BY e.evaluated_on DESC, e.evaluation_id DESC) AS newest
  FROM fct_evaluation e
  WHERE e.is_effective AND e.evaluated_on <= :period_end
)
SELECT s.lead_deputy_id AS deputy_id, s.suggestion_id, s.title, s.submitted_on,
       coalesce(d.name, s.lead_department_code) AS department_name,
       reply.rating AS reply_rating, reply.score AS reply_score, impl.rating AS implementation_rating
FROM fct_suggestion s
LEFT JOIN dim_department d ON d.department_code = s.lead_department_code
LEFT JOIN rated reply ON reply.suggestion_id = s.suggestion_id AND reply.department_code = s.lead_department_code
 AND reply.stage = 'REPLY' AND reply.newest = 1
LEFT JOIN rated impl ON impl.suggestion_id = s.suggestion_id AND impl.department_code = s.lead_department_code
 AND impl.stage = 'IMPLEMENTATION' AND impl.newest = 1
WHERE s.submitted_on BETWEEN :ytd_from AND :period_end
ORDER BY s.lead_deputy_id, s.submitted_on, s.suggestion_id;

-- section: letters
-- Letters the deputy sent in the YTD, with their answer as known at P.end.
SELECT l.deputy_id, l.letter_id, coalesce(d.name, l.department_code) AS department_name, l.sent_on, l.deadline_on,
       CASE WHEN l.answered_on <= :period_end THEN l.answered_on END AS answered_on,
       CASE WHEN l.answered_on <= :period_end THEN l.satisfaction END AS satisfaction
FROM fct_letter l
LEFT JOIN dim_department d ON d.department_code = l.department_code
WHERE l.sent_on BETWEEN :ytd_from AND :period_end
ORDER BY l.deputy_id, l.sent_on, l.letter_id;

-- section: has_duty_records
-- Whether the warehouse has the duty registration facts yet (a warehouse published before them has not).
SELECT count(*) = 2 AS present FROM information_schema.tables
WHERE table_name IN ('fct_duty_record', 'dim_duty_point_rule');
