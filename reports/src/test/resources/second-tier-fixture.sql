-- Second-tier figures of 2023-06 added to warehouse-fixture.sql for the new sections. The metrics in
-- POINTS and WAN_YUAN (duty_points_avg, station_funding_avg) and stations_with_fulltime_liaison_rate are
-- taken out of the catalogue: the test covers a column and a whole section whose metrics the warehouse
-- lacks (a warehouse published before the second tier).
DELETE FROM metric_catalog
 WHERE metric_id IN ('duty_points_avg', 'station_funding_avg', 'stations_with_fulltime_liaison_rate');

INSERT INTO metric_values VALUES
  ('2023-06', 'MONTH', 'deputies_without_duty',   'CITY', 'CITY', 120, 120, NULL),
  ('2023-06', 'MONTH', 'deputies_without_duty',   'DISTRICT', '440303', 50, 50, NULL),
  ('2023-06', 'MONTH', 'deputies_without_duty',   'DISTRICT', '440304', 70, 70, NULL),
  ('2023-06', 'MONTH', 'reception_minimum_rate',  'CITY', 'CITY', 0.45, 45, 100),
  ('2023-06', 'MONTH', 'reception_minimum_rate',  'DISTRICT', '440303', 0.5, 20, 40),
  ('2023-06', 'MONTH', 'reception_minimum_rate',  'DISTRICT', '440304', 0.4, 24, 60),
  ('2023-06', 'MONTH', 'micro_projects_selected', 'CITY', 'CITY', 1200, 1200, NULL),
  ('2023-06', 'MONTH', 'micro_projects_selected', 'DISTRICT', '440303', 500, 500, NULL),
  ('2023-06', 'MONTH', 'micro_projects_selected', 'DISTRICT', '440304', 700, 700, NULL),
  ('2023-06', 'MONTH', 'oversight_issues_open',   'CITY', 'CITY', 9, 9, NULL),
  ('2023-06', 'MONTH', 'oversight_issues_open',   'DEPARTMENT', 'D01', 6, 6, NULL),
  ('2023-06', 'MONTH', 'oversight_issues_open',   'DEPARTMENT', 'D02', 3, 3, NULL),
  ('2023-06', 'MONTH', 'department_assessment_satisfaction_rate', 'CITY', 'CITY', 0.8, 80, 100),
  ('2023-06', 'MONTH', 'department_assessment_satisfaction_rate', 'DEPARTMENT', 'D01', 0.7, 35, 50),
  ('2023-06', 'MONTH', 'department_assessment_satisfaction_rate', 'DEPARTMENT', 'D02', 0.9, 45, 50),
  ('2023-06', 'MONTH', 'commitment_fulfilled_rate', 'CITY', 'CITY', 0.6, 3, 5),
  ('2023-06', 'MONTH', 'commitment_fulfilled_rate', 'DEPARTMENT', 'D01', 0.5, 1, 2),
  ('2023-06', 'MONTH', 'commitment_fulfilled_rate', 'DEPARTMENT', 'D02', 0.6666666666666666, 2, 3),
  ('2023-06', 'MONTH', 'commitments_overdue',     'CITY', 'CITY', 4, 4, NULL),
  ('2023-06', 'MONTH', 'commitments_overdue',     'DEPARTMENT', 'D01', 1, 1, NULL),
  ('2023-06', 'MONTH', 'commitments_overdue',     'DEPARTMENT', 'D02', 3, 3, NULL);
