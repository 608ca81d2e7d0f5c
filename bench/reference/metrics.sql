-- The 32 first-tier metrics of docs/contract/metrics.md for every row of `periods` (period, grain, p_start,
-- p_end), over the tables of current_state.sql. Each metric first yields items: one row per counted thing
-- with x (1 for a count, the 0/1 flag of a rate, the score of a mean, the days of a median), y (1 for a
-- rate's or a mean's denominator), for CITY (`city`) and for its district or department (`code`).
-- metrics_second_tier.sql adds its metrics to the list and its items in a view of its own;
-- metric_values.sql turns items into rows. Items are views, not tables: the aggregation reads them as they
-- are made instead of all of them being held first (one row per counted thing and period).

-- Every metric with its unit and its scope besides CITY (null: CITY only).
CREATE TABLE metric_list AS
SELECT * FROM (VALUES
  ('homes_open', 'COUNT', 'DISTRICT'), ('stations_open', 'COUNT', 'DISTRICT'),
  ('points_open', 'COUNT', 'DISTRICT'), ('legislative_points_open', 'COUNT', 'DISTRICT'),
  ('street_home_coverage', 'RATE', 'DISTRICT'), ('community_station_coverage', 'RATE', 'DISTRICT'),
  ('online_station_coverage', 'RATE', 'DISTRICT'), ('deputy_engagement_rate', 'RATE', 'DISTRICT'),
  ('avg_daily_online_deputies', 'PER_DAY', 'DISTRICT'),
  ('messages_received', 'COUNT', 'DISTRICT'), ('messages_forwarded', 'COUNT', 'DISTRICT'),
  ('letters_sent', 'COUNT', 'DEPARTMENT'), ('letter_on_time_rate', 'RATE', 'DEPARTMENT'),
  ('letter_median_days_to_answer', 'DAYS', 'DEPARTMENT'), ('letters_overdue_open', 'COUNT', 'DEPARTMENT'),
  ('letter_satisfaction_rate', 'RATE', 'DEPARTMENT'), ('suggestions_submitted', 'COUNT', 'DEPARTMENT'),
  ('suggestion_on_time_rate', 'RATE', 'DEPARTMENT'),
  ('suggestion_solved_or_solving_rate', 'RATE', 'DEPARTMENT'),
  ('suggestion_satisfaction_rate', 'RATE', 'DEPARTMENT'), ('suggestion_unsatisfied', 'COUNT', 'DEPARTMENT'),
  ('review_flip_rate', 'RATE', NULL), ('reply_stage_score_avg', 'SCORE', 'DEPARTMENT'),
  ('implementation_stage_score_avg', 'SCORE', 'DEPARTMENT'),
  ('drafts_open_for_comment', 'COUNT', NULL), ('drafts_with_opinions', 'COUNT', NULL),
  ('opinions_received', 'COUNT', 'DISTRICT'), ('opinion_adoption_rate', 'RATE', NULL),
  ('legislative_point_activity_rate', 'RATE', 'DISTRICT'),
  ('livelihood_projects_selected', 'COUNT', 'DISTRICT'), ('livelihood_completion_rate', 'RATE', 'DISTRICT'),
  ('livelihood_satisfaction_avg', 'SCORE', 'DISTRICT')) m(metric_id, unit, second_scope);

CREATE TABLE open_platforms AS
SELECT p.period, p.p_start, p.p_end, f.*,
       f.is_legislative_point AND f.legislative_since <= p.p_end AS is_legislative_at_end
FROM periods p JOIN platform_district f
  ON f.opened_on <= p.p_end AND (f.closed_on IS NULL OR f.closed_on > p.p_end);

CREATE TABLE serving_deputies AS
SELECT p.period, d.deputy_id, rd.district_code AS district
FROM periods p JOIN deputies d
  ON d.term_start <= p.p_end AND (d.term_end IS NULL OR d.term_end >= p.p_end)
LEFT JOIN region_district rd ON rd.region_code = d.district_code;

-- Deputies named in at least one activity held in P.
CREATE TABLE engaged AS
SELECT DISTINCT period, deputy_id
FROM (SELECT p.period, unnest(a.deputy_ids) AS deputy_id
      FROM activities a JOIN periods p ON a.held_on BETWEEN p.p_start AND p.p_end);

CREATE TABLE letter_facts AS
SELECT l.*, sent_at::DATE AS sent_on, answered_at::DATE AS answered_on,
       (sent_at::DATE + INTERVAL 1 MONTH)::DATE AS deadline_on
FROM letters l;

CREATE TABLE suggestion_facts AS
SELECT s.*,
       (assigned_on + CASE WHEN extended THEN INTERVAL 6 MONTH ELSE INTERVAL 3 MONTH END)::DATE AS deadline_on
FROM suggestions s;

CREATE TABLE lead_replies AS
SELECT r.*, s.deadline_on
FROM suggestion_replies r JOIN suggestion_facts s
  ON s.suggestion_id = r.suggestion_id AND r.department_code = s.lead_department_code
WHERE r.round = 1;

CREATE TABLE evaluation_facts AS
SELECT e.*, r.department_code,
       NOT EXISTS (SELECT 1 FROM evaluations o WHERE o.reviews_evaluation_id = e.evaluation_id) AS effective
FROM evaluations e LEFT JOIN suggestion_replies r ON r.reply_id = e.reply_id;

-- Each project as of P.end: its newest version updated on or before P.end. The newest is found on the
-- narrow (period, project, version) rows, then joined back: ranking whole versions once per period they
-- could stand in held them all at once (at scale 10, 43 of the reference's 77 s in 3 GB, spilling).
CREATE TABLE livelihood_at_end AS
WITH newest AS (
  SELECT p.period, v.project_id, max(v._version) AS _version
  FROM periods p JOIN livelihood_versions v ON v.updated_at::DATE <= p.p_end
  GROUP BY p.period, v.project_id)
SELECT p.period, p.p_end, v.*
FROM newest n JOIN periods p ON p.period = n.period
JOIN livelihood_versions v ON v.project_id = n.project_id AND v._version = n._version;

CREATE VIEW first_tier_items AS
-- Coverage
SELECT period, 'homes_open' AS metric_id, true AS city, district AS code, 1.0 AS x, NULL::DOUBLE AS y
  FROM open_platforms WHERE platform_type = 'HOME'
UNION ALL SELECT period, 'stations_open', true, district, 1, NULL FROM open_platforms WHERE platform_type = 'STATION'
UNION ALL SELECT period, 'points_open', true, district, 1, NULL FROM open_platforms WHERE platform_type = 'POINT'
UNION ALL SELECT period, 'legislative_points_open', true, district, 1, NULL
  FROM open_platforms WHERE is_legislative_at_end
UNION ALL SELECT p.period, 'street_home_coverage', true, s.district_code,
    CASE WHEN EXISTS (SELECT 1 FROM open_platforms o WHERE o.period = p.period
                      AND o.platform_type = 'HOME' AND o.street_code = s.region_code) THEN 1 ELSE 0 END, 1
  FROM periods p, region_district s WHERE s.level = 'STREET'
UNION ALL SELECT p.period, 'community_station_coverage', true, c.district_code,
    CASE WHEN EXISTS (SELECT 1 FROM platform_coverage pc JOIN open_platforms o ON o.platform_id = pc.platform_id
                      WHERE o.period = p.period AND o.platform_type = 'STATION'
                        AND pc.community_code = c.region_code) THEN 1 ELSE 0 END, 1
  FROM periods p, region_district c WHERE c.level = 'COMMUNITY'
UNION ALL SELECT period, 'online_station_coverage', true, district,
    CASE WHEN online_since <= p_end THEN 1 ELSE 0 END, 1
  FROM open_platforms WHERE platform_type = 'STATION'
UNION ALL SELECT d.period, 'deputy_engagement_rate', true, d.district,
    CASE WHEN e.deputy_id IS NOT NULL THEN 1 ELSE 0 END, 1
  FROM serving_deputies d LEFT JOIN engaged e ON e.period = d.period AND e.deputy_id = d.deputy_id
UNION ALL SELECT p.period, 'avg_daily_online_deputies', true, f.district, 1, NULL
  FROM duty_roster r JOIN periods p ON r.duty_date BETWEEN p.p_start AND p.p_end
  LEFT JOIN platform_district f ON f.platform_id = r.platform_id
-- Responsiveness
UNION ALL SELECT p.period, 'messages_received', true, f.district, 1, NULL
  FROM messages m JOIN periods p ON m.submitted_at::DATE BETWEEN p.p_start AND p.p_end
  LEFT JOIN platform_district f ON f.platform_id = m.platform_id
UNION ALL SELECT p.period, 'messages_forwarded', true, f.district, 1, NULL
  FROM messages m JOIN periods p ON m.submitted_at::DATE BETWEEN p.p_start AND p.p_end
  LEFT JOIN platform_district f ON f.platform_id = m.platform_id
  WHERE m.letter_id IS NOT NULL
UNION ALL SELECT p.period, 'letters_sent', true, l.department_code, 1, NULL
  FROM letter_facts l JOIN periods p ON l.sent_on BETWEEN p.p_start AND p.p_end
UNION ALL SELECT p.period, 'letter_on_time_rate', true, l.department_code,
    CASE WHEN l.answered_on <= l.deadline_on THEN 1 ELSE 0 END, 1
  FROM letter_facts l JOIN periods p ON l.deadline_on BETWEEN p.p_start AND p.p_end
UNION ALL SELECT p.period, 'letter_median_days_to_answer', true, l.department_code,
    l.answered_on - l.sent_on, NULL
  FROM letter_facts l JOIN periods p ON l.answered_on BETWEEN p.p_start AND p.p_end
  WHERE l.sent_on IS NOT NULL
UNION ALL SELECT p.period, 'letters_overdue_open', true, l.department_code, 1, NULL
  FROM letter_facts l JOIN periods p ON l.sent_on <= p.p_end AND l.deadline_on < p.p_end
  WHERE l.answered_on IS NULL OR l.answered_on > p.p_end
UNION ALL SELECT p.period, 'letter_satisfaction_rate', true, l.department_code,
    CASE WHEN l.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END, 1
  FROM letter_facts l JOIN periods p ON l.answered_on BETWEEN p.p_start AND p.p_end
  WHERE l.satisfaction IS NOT NULL
UNION ALL SELECT p.period, 'suggestions_submitted', true, s.lead_department_code, 1, NULL
  FROM suggestions s JOIN periods p ON s.submitted_on BETWEEN p.p_start AND p.p_end
UNION ALL SELECT p.period, 'suggestion_on_time_rate', true, s.lead_department_code,
    CASE WHEN EXISTS (SELECT 1 FROM lead_replies r WHERE r.suggestion_id = s.suggestion_id
                      AND r.replied_on <= s.deadline_on) THEN 1 ELSE 0 END, 1
  FROM suggestion_facts s JOIN periods p ON s.deadline_on BETWEEN p.p_start AND p.p_end
UNION ALL SELECT p.period, 'suggestion_solved_or_solving_rate', true, r.department_code,
    CASE WHEN r.result_class IN ('A', 'B') THEN 1 ELSE 0 END, 1
  FROM lead_replies r JOIN periods p ON r.replied_on BETWEEN p.p_start AND p.p_end
-- Satisfaction
UNION ALL SELECT p.period, 'suggestion_satisfaction_rate', true, e.department_code,
    CASE WHEN e.rating IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END, 1
  FROM evaluation_facts e JOIN periods p ON e.evaluated_on BETWEEN p.p_start AND p.p_end
  WHERE e.effective AND e.stage = 'REPLY'
UNION ALL SELECT p.period, 'suggestion_unsatisfied', true, e.department_code, 1, NULL
  FROM evaluation_facts e JOIN periods p ON e.evaluated_on BETWEEN p.p_start AND p.p_end
  WHERE e.effective AND e.stage = 'REPLY' AND e.rating = 'UNSATISFIED'
UNION ALL SELECT p.period, 'review_flip_rate', true, NULL,
    CASE WHEN e.rating IS DISTINCT FROM r.rating THEN 1 ELSE 0 END, 1
  FROM evaluations e JOIN evaluations r ON r.evaluation_id = e.reviews_evaluation_id
  JOIN periods p ON e.evaluated_on BETWEEN p.p_start AND p.p_end
UNION ALL SELECT p.period, 'reply_stage_score_avg', true, e.department_code, e.score, 1
  FROM evaluation_facts e JOIN periods p ON e.evaluated_on BETWEEN p.p_start AND p.p_end
  WHERE e.effective AND e.stage = 'REPLY' AND e.score IS NOT NULL
UNION ALL SELECT p.period, 'implementation_stage_score_avg', true, e.department_code, e.score, 1
  FROM evaluation_facts e JOIN periods p ON e.evaluated_on BETWEEN p.p_start AND p.p_end
  WHERE e.effective AND e.stage = 'IMPLEMENTATION' AND e.score IS NOT NULL
-- Legislative feedback
UNION ALL SELECT p.period, 'drafts_open_for_comment', true, NULL, 1, NULL
  FROM drafts d JOIN periods p ON d.solicitation_opens_on <= p.p_end
   AND (d.solicitation_closes_on IS NULL OR d.solicitation_closes_on >= p.p_start)
UNION ALL SELECT period, 'drafts_with_opinions', true, NULL, 1, NULL
  FROM (SELECT DISTINCT p.period, o.draft_id
        FROM opinions o JOIN periods p ON o.submitted_on BETWEEN p.p_start AND p.p_end
        WHERE o.draft_id IS NOT NULL)
UNION ALL SELECT p.period, 'opinions_received', true, f.district, 1, NULL
  FROM opinions o JOIN periods p ON o.submitted_on BETWEEN p.p_start AND p.p_end
  LEFT JOIN platform_district f ON f.platform_id = o.platform_id
UNION ALL SELECT p.period, 'opinion_adoption_rate', true, NULL,
    CASE WHEN o.adoption IN ('ADOPTED', 'PARTIALLY_ADOPTED') THEN 1 ELSE 0 END, 1
  FROM opinions o JOIN periods p ON o.decided_on BETWEEN p.p_start AND p.p_end
  WHERE o.adoption IN ('ADOPTED', 'PARTIALLY_ADOPTED', 'NOT_ADOPTED')
UNION ALL SELECT lp.period, 'legislative_point_activity_rate', true, lp.district,
    CASE WHEN EXISTS (SELECT 1 FROM opinions o WHERE o.platform_id = lp.platform_id
                      AND o.submitted_on BETWEEN lp.p_start AND lp.p_end) THEN 1 ELSE 0 END, 1
  FROM open_platforms lp WHERE lp.is_legislative_at_end
-- Livelihood projects, as of P.end
UNION ALL SELECT period, 'livelihood_projects_selected', level = 'CITY',
    CASE WHEN level = 'DISTRICT' THEN district_code END, 1, NULL
  FROM livelihood_at_end WHERE selected AND year = year(p_end)
UNION ALL SELECT period, 'livelihood_completion_rate', level = 'CITY',
    CASE WHEN level = 'DISTRICT' THEN district_code END, CASE WHEN progress_pct = 100 THEN 1 ELSE 0 END, 1
  FROM livelihood_at_end WHERE selected AND year = year(p_end)
UNION ALL SELECT period, 'livelihood_satisfaction_avg', level = 'CITY',
    CASE WHEN level = 'DISTRICT' THEN district_code END, satisfaction_score, 1
  FROM livelihood_at_end WHERE selected AND year = year(p_end) AND satisfaction_score IS NOT NULL;
