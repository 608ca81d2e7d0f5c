-- The 19 second-tier metrics of docs/contract/metrics.md ("Second tier"), as items of the same shape as
-- metrics.sql's (x, y, city, code), over the tables of current_state.sql and metrics.sql.

INSERT INTO metric_list VALUES
  ('duty_points_avg', 'POINTS', 'DISTRICT'), ('deputies_without_duty', 'COUNT', 'DISTRICT'),
  ('reception_minimum_rate', 'RATE', 'DISTRICT'), ('groups_meeting_duty_rate', 'RATE', NULL),
  ('group_research_reports', 'COUNT', NULL),
  ('face_to_face_sessions', 'COUNT', 'DEPARTMENT'), ('oversight_issues_open', 'COUNT', 'DEPARTMENT'),
  ('oversight_issue_median_days', 'DAYS', 'DEPARTMENT'),
  ('department_assessment_satisfaction_rate', 'RATE', 'DEPARTMENT'),
  ('departments_assessed_unsatisfied', 'COUNT', NULL),
  ('street_voter_meeting_coverage', 'RATE', 'DISTRICT'), ('voter_meeting_items_selected', 'COUNT', 'DISTRICT'),
  ('micro_projects_selected', 'COUNT', 'DISTRICT'), ('micro_project_completion_rate', 'RATE', 'DISTRICT'),
  ('stations_with_fulltime_liaison_rate', 'RATE', 'DISTRICT'), ('station_funding_avg', 'WAN_YUAN', 'DISTRICT'),
  ('commitments_due', 'COUNT', 'DEPARTMENT'), ('commitment_fulfilled_rate', 'RATE', 'DEPARTMENT'),
  ('commitments_overdue', 'COUNT', 'DEPARTMENT');

-- The year to date of a period: January 1 of P.end's year through P.end (a period never spans two years,
-- so the YTD holds P).
CREATE TABLE period_ytd AS
SELECT *, make_date(year(p_end), 1, 1) AS ytd_start FROM periods;

-- Each record's points: with N the running sum of its rule's points over the deputy's records of that type
-- in that calendar year (in order of occurred_on, record_id, itself included), it earns
-- min(N, cap) - min(N - points, cap), which is min(points, cap - earned before) never below 0 spelled
-- without recursion (points and caps are >= 0). Records without a date or a rule earn nothing.
CREATE TABLE duty_record_points AS
WITH ordered AS (
  SELECT r.record_id, u.points, u.annual_cap,
         sum(u.points) OVER (PARTITION BY r.deputy_id, r.duty_type, year(r.occurred_on)
                             ORDER BY r.occurred_on, r.record_id ROWS UNBOUNDED PRECEDING) AS running
  FROM duty_records r JOIN duty_point_rules u ON u.duty_type = r.duty_type
  WHERE r.occurred_on IS NOT NULL AND u.points IS NOT NULL)
SELECT record_id,
       CASE WHEN annual_cap IS NULL THEN points
            ELSE least(running, annual_cap) - least(running - points, annual_cap) END AS points
FROM ordered;

-- Per period, every deputy serving at P.end with their records in P, points in P and receptions in the YTD.
CREATE TABLE deputy_duty AS
SELECT d.period, d.deputy_id, d.district,
       count(r.record_id) FILTER (WHERE r.occurred_on >= p.p_start) AS records_in_p,
       coalesce(sum(e.points) FILTER (WHERE r.occurred_on >= p.p_start), 0) AS points_in_p,
       count(r.record_id) FILTER (WHERE r.duty_type = 'RECEPTION') AS receptions_ytd
FROM serving_deputies d JOIN period_ytd p ON p.period = d.period
LEFT JOIN duty_records r ON r.deputy_id = d.deputy_id AND r.occurred_on BETWEEN p.ytd_start AND p.p_end
LEFT JOIN duty_record_points e ON e.record_id = r.record_id
GROUP BY d.period, d.deputy_id, d.district;

-- Per period, each reply's latest check known at P.end (checked on or before it; by checked_on, check_id).
CREATE TABLE known_checks AS
SELECT p.period, c.reply_id, c.status
FROM periods p JOIN commitment_checks c ON c.checked_on <= p.p_end
QUALIFY row_number() OVER (PARTITION BY p.period, c.reply_id ORDER BY c.checked_on DESC, c.check_id DESC) = 1;

-- An assessment's verdict from its three votes (null votes as 0): more than half satisfied is 满意, more
-- than half satisfied or basically satisfied is 基本满意, anything else (0 votes too) 不满意.
CREATE MACRO verdict(s, b, u) AS
  CASE WHEN 2 * coalesce(s, 0) > coalesce(s, 0) + coalesce(b, 0) + coalesce(u, 0) THEN '满意'
       WHEN 2 * (coalesce(s, 0) + coalesce(b, 0)) > coalesce(s, 0) + coalesce(b, 0) + coalesce(u, 0)
         THEN '基本满意'
       ELSE '不满意' END;

CREATE VIEW second_tier_items AS
-- Deputies' duty
SELECT period, 'duty_points_avg', true, district, points_in_p, 1 FROM deputy_duty
UNION ALL SELECT period, 'deputies_without_duty', true, district, 1, NULL FROM deputy_duty WHERE records_in_p = 0
UNION ALL SELECT period, 'reception_minimum_rate', true, district,
    CASE WHEN receptions_ytd >= 4 THEN 1 ELSE 0 END, 1
  FROM deputy_duty
UNION ALL SELECT p.period, 'groups_meeting_duty_rate', true, NULL,
    CASE WHEN EXISTS (SELECT 1 FROM group_outputs o WHERE o.group_code = g.group_code
                      AND o.output_type = 'RESEARCH_REPORT' AND o.delivered_on BETWEEN p.ytd_start AND p.p_end)
          AND EXISTS (SELECT 1 FROM group_outputs o WHERE o.group_code = g.group_code
                      AND o.output_type = 'SUPERVISED_SUGGESTION'
                      AND o.delivered_on BETWEEN p.ytd_start AND p.p_end) THEN 1 ELSE 0 END, 1
  FROM period_ytd p JOIN professional_groups g
    ON g.formed_on <= p.p_end AND (g.dissolved_on IS NULL OR g.dissolved_on > p.p_end)
UNION ALL SELECT p.period, 'group_research_reports', true, NULL, 1, NULL
  FROM group_outputs o JOIN periods p ON o.delivered_on BETWEEN p.p_start AND p.p_end
  WHERE o.output_type = 'RESEARCH_REPORT'
-- Oversight
UNION ALL SELECT p.period, 'face_to_face_sessions', true, s.department_code, 1, NULL
  FROM oversight_sessions s JOIN periods p ON s.held_on BETWEEN p.p_start AND p.p_end
  WHERE s.session_type = 'FACE_TO_FACE'
UNION ALL SELECT p.period, 'oversight_issues_open', true, i.department_code, 1, NULL
  FROM oversight_issues i JOIN periods p ON i.raised_on <= p.p_end
  WHERE i.resolved_on IS NULL OR i.resolved_on > p.p_end
UNION ALL SELECT p.period, 'oversight_issue_median_days', true, i.department_code,
    i.resolved_on - i.raised_on, NULL
  FROM oversight_issues i JOIN periods p ON i.resolved_on BETWEEN p.p_start AND p.p_end
  WHERE i.raised_on IS NOT NULL
UNION ALL SELECT p.period, 'department_assessment_satisfaction_rate', true, a.department_code,
    coalesce(a.votes_satisfied, 0) + coalesce(a.votes_basically_satisfied, 0),
    coalesce(a.votes_satisfied, 0) + coalesce(a.votes_basically_satisfied, 0) + coalesce(a.votes_unsatisfied, 0)
  FROM department_assessments a JOIN periods p ON a.assessed_on BETWEEN p.p_start AND p.p_end
UNION ALL SELECT period, 'departments_assessed_unsatisfied', true, NULL, 1, NULL
  FROM (SELECT p.period, verdict(a.votes_satisfied, a.votes_basically_satisfied, a.votes_unsatisfied) AS verdict
        FROM department_assessments a JOIN periods p ON a.assessed_on BETWEEN p.p_start AND p.p_end
        WHERE a.department_code IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY p.period, a.department_code
                                   ORDER BY a.assessed_on DESC, a.assessment_id DESC) = 1)
  WHERE verdict = '不满意'
-- Street voter meetings and micro livelihood projects
UNION ALL SELECT p.period, 'street_voter_meeting_coverage', true, s.district_code,
    CASE WHEN EXISTS (SELECT 1 FROM voter_meetings m WHERE m.street_code = s.region_code
                      AND m.held_on BETWEEN p.ytd_start AND p.p_end) THEN 1 ELSE 0 END, 1
  FROM period_ytd p, region_district s WHERE s.level = 'STREET'
UNION ALL SELECT p.period, 'voter_meeting_items_selected', true, s.district_code, m.items_selected, NULL
  FROM voter_meetings m JOIN periods p ON m.held_on BETWEEN p.p_start AND p.p_end
  LEFT JOIN region_district s ON s.region_code = m.street_code
UNION ALL SELECT period, 'micro_projects_selected', true, district_code, 1, NULL
  FROM livelihood_at_end WHERE level = 'COMMUNITY' AND selected AND year = year(p_end)
UNION ALL SELECT period, 'micro_project_completion_rate', true, district_code,
    CASE WHEN progress_pct = 100 THEN 1 ELSE 0 END, 1
  FROM livelihood_at_end WHERE level = 'COMMUNITY' AND selected AND year = year(p_end)
-- Station support and commitments
UNION ALL SELECT o.period, 'stations_with_fulltime_liaison_rate', true, o.district,
    CASE WHEN r.fulltime_liaisons >= 1 THEN 1 ELSE 0 END, 1
  FROM open_platforms o
  LEFT JOIN station_resources r ON r.platform_id = o.platform_id AND r.year = year(o.p_end)
  WHERE o.platform_type = 'STATION'
UNION ALL SELECT o.period, 'station_funding_avg', true, o.district, r.funding_wan, 1
  FROM open_platforms o
  JOIN station_resources r ON r.platform_id = o.platform_id AND r.year = year(o.p_end)
  WHERE o.platform_type = 'STATION' AND r.funding_wan IS NOT NULL
UNION ALL SELECT p.period, 'commitments_due', true, r.department_code, 1, NULL
  FROM suggestion_replies r JOIN periods p ON r.commitment_due_on BETWEEN p.p_start AND p.p_end
UNION ALL SELECT p.period, 'commitment_fulfilled_rate', true, r.department_code,
    CASE WHEN k.status = 'FULFILLED' THEN 1 ELSE 0 END, 1
  FROM suggestion_replies r JOIN periods p ON r.commitment_due_on BETWEEN p.p_start AND p.p_end
  LEFT JOIN known_checks k ON k.period = p.period AND k.reply_id = r.reply_id
UNION ALL SELECT p.period, 'commitments_overdue', true, r.department_code, 1, NULL
  FROM suggestion_replies r JOIN periods p ON r.commitment_due_on < p.p_end
  LEFT JOIN known_checks k ON k.period = p.period AND k.reply_id = r.reply_id
  WHERE k.status IS DISTINCT FROM 'FULFILLED';
