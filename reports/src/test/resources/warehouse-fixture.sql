-- A small analysts' database for the report tests: TABLES named like the warehouse's views, with
-- the views' columns, filled by hand. metric_catalog is filled from the Metric
-- enum by TestWarehouse. Scopes: the city, districts 440303 罗湖区 and 440304 福田区, departments
-- D01 市教育局 and D02 市住房和建设局.

CREATE TABLE metric_values (period VARCHAR, grain VARCHAR, metric_id VARCHAR, scope_type VARCHAR,
  scope_code VARCHAR, value DOUBLE, numerator DOUBLE, denominator DOUBLE);

-- June 2023, the month under test.
INSERT INTO metric_values VALUES
  ('2023-06', 'MONTH', 'homes_open',                 'CITY', 'CITY', 82, 82, NULL),
  ('2023-06', 'MONTH', 'stations_open',              'CITY', 'CITY', 245, 245, NULL),
  ('2023-06', 'MONTH', 'points_open',                'CITY', 'CITY', 665, 665, NULL),
  ('2023-06', 'MONTH', 'legislative_points_open',    'CITY', 'CITY', 257, 257, NULL),
  ('2023-06', 'MONTH', 'street_home_coverage',       'CITY', 'CITY', 1.0, 74, 74),
  ('2023-06', 'MONTH', 'community_station_coverage', 'CITY', 'CITY', 0.9875, 79, 80),
  ('2023-06', 'MONTH', 'avg_daily_online_deputies',  'CITY', 'CITY', 903.4, 27102, 30),
  ('2023-06', 'MONTH', 'messages_received',          'CITY', 'CITY', 1234, 1234, NULL),
  ('2023-06', 'MONTH', 'messages_forwarded',         'CITY', 'CITY', 321, 321, NULL),
  ('2023-06', 'MONTH', 'letters_sent',               'CITY', 'CITY', 150, 150, NULL),
  ('2023-06', 'MONTH', 'letter_on_time_rate',        'CITY', 'CITY', 0.8125, 13, 16),
  ('2023-06', 'MONTH', 'letter_median_days_to_answer','CITY', 'CITY', 12.5, NULL, 40),
  ('2023-06', 'MONTH', 'letters_overdue_open',       'CITY', 'CITY', 7, 7, NULL),
  ('2023-06', 'MONTH', 'suggestion_satisfaction_rate','CITY', 'CITY', 0.9, 9, 10),
  ('2023-06', 'MONTH', 'suggestion_unsatisfied',     'CITY', 'CITY', 1, 1, NULL),
  ('2023-06', 'MONTH', 'reply_stage_score_avg',      'CITY', 'CITY', 88.25, 353, 4),
  ('2023-06', 'MONTH', 'drafts_open_for_comment',    'CITY', 'CITY', 3, 3, NULL),
  ('2023-06', 'MONTH', 'opinions_received',          'CITY', 'CITY', 512, 512, NULL),
  ('2023-06', 'MONTH', 'opinion_adoption_rate',      'CITY', 'CITY', NULL, 0, 0),
  ('2023-06', 'MONTH', 'livelihood_projects_selected','CITY', 'CITY', 10, 10, NULL),
  ('2023-06', 'MONTH', 'livelihood_completion_rate', 'CITY', 'CITY', 0.3, 3, 10),
  ('2023-06', 'MONTH', 'homes_open',                 'DISTRICT', '440303', 10, 10, NULL),
  ('2023-06', 'MONTH', 'stations_open',              'DISTRICT', '440303', 30, 30, NULL),
  ('2023-06', 'MONTH', 'points_open',                'DISTRICT', '440303', 80, 80, NULL),
  ('2023-06', 'MONTH', 'street_home_coverage',       'DISTRICT', '440303', 1.0, 10, 10),
  ('2023-06', 'MONTH', 'messages_received',          'DISTRICT', '440303', 456, 456, NULL),
  ('2023-06', 'MONTH', 'deputy_engagement_rate',     'DISTRICT', '440303', 0.625, 5, 8),
  ('2023-06', 'MONTH', 'opinions_received',          'DISTRICT', '440303', 200, 200, NULL),
  ('2023-06', 'MONTH', 'homes_open',                 'DISTRICT', '440304', 12, 12, NULL),
  ('2023-06', 'MONTH', 'stations_open',              'DISTRICT', '440304', 35, 35, NULL),
  ('2023-06', 'MONTH', 'points_open',                'DISTRICT', '440304', 90, 90, NULL),
  ('2023-06', 'MONTH', 'street_home_coverage',       'DISTRICT', '440304', 0.9166666666666666, 11, 12),
  ('2023-06', 'MONTH', 'messages_received',          'DISTRICT', '440304', 789, 789, NULL),
  ('2023-06', 'MONTH', 'deputy_engagement_rate',     'DISTRICT', '440304', 0.75, 6, 8),
  ('2023-06', 'MONTH', 'opinions_received',          'DISTRICT', '440304', 312, 312, NULL),
  ('2023-06', 'MONTH', 'letters_sent',               'DEPARTMENT', 'D01', 90, 90, NULL),
  ('2023-06', 'MONTH', 'letter_on_time_rate',        'DEPARTMENT', 'D01', 0.75, 6, 8),
  ('2023-06', 'MONTH', 'letters_overdue_open',       'DEPARTMENT', 'D01', 5, 5, NULL),
  ('2023-06', 'MONTH', 'reply_stage_score_avg',      'DEPARTMENT', 'D01', 91.5, 183, 2),
  ('2023-06', 'MONTH', 'suggestion_unsatisfied',     'DEPARTMENT', 'D01', 1, 1, NULL),
  ('2023-06', 'MONTH', 'letters_sent',               'DEPARTMENT', 'D02', 60, 60, NULL),
  ('2023-06', 'MONTH', 'letter_on_time_rate',        'DEPARTMENT', 'D02', 0.875, 7, 8),
  ('2023-06', 'MONTH', 'letters_overdue_open',       'DEPARTMENT', 'D02', 2, 2, NULL),
  ('2023-06', 'MONTH', 'reply_stage_score_avg',      'DEPARTMENT', 'D02', 85.0, 170, 2),
  ('2023-06', 'MONTH', 'suggestion_unsatisfied',     'DEPARTMENT', 'D02', 0, 0, NULL);

-- The previous month and the same month last year (only some figures: the rest show "—").
INSERT INTO metric_values VALUES
  ('2023-05', 'MONTH', 'messages_received',    'CITY', 'CITY', 1200, 1200, NULL),
  ('2023-05', 'MONTH', 'letter_on_time_rate',  'CITY', 'CITY', 0.8, 12, 15),
  ('2023-05', 'MONTH', 'homes_open',           'CITY', 'CITY', 80, 80, NULL),
  ('2023-05', 'MONTH', 'suggestion_unsatisfied','CITY', 'CITY', 3, 3, NULL),
  ('2023-05', 'MONTH', 'letters_overdue_open', 'CITY', 'CITY', 10, 10, NULL),
  ('2023-05', 'MONTH', 'messages_received',    'DISTRICT', '440303', 400, 400, NULL),
  ('2023-05', 'MONTH', 'letters_sent',         'DEPARTMENT', 'D01', 100, 100, NULL),
  ('2022-06', 'MONTH', 'messages_received',    'CITY', 'CITY', 1000, 1000, NULL),
  ('2022-06', 'MONTH', 'homes_open',           'CITY', 'CITY', 82, 82, NULL);

-- Months of the trend charts (July 2022 to June 2023 has gaps on purpose).
INSERT INTO metric_values VALUES
  ('2023-01', 'MONTH', 'messages_received',   'CITY', 'CITY', 900, 900, NULL),
  ('2023-02', 'MONTH', 'messages_received',   'CITY', 'CITY', 950, 950, NULL),
  ('2023-03', 'MONTH', 'messages_received',   'CITY', 'CITY', 1100, 1100, NULL),
  ('2023-04', 'MONTH', 'messages_received',   'CITY', 'CITY', 1150, 1150, NULL),
  ('2023-01', 'MONTH', 'letter_on_time_rate', 'CITY', 'CITY', 0.7, 7, 10),
  ('2023-02', 'MONTH', 'letter_on_time_rate', 'CITY', 'CITY', 0.72, 18, 25),
  ('2023-03', 'MONTH', 'letter_on_time_rate', 'CITY', 'CITY', 0.78, 39, 50),
  ('2023-04', 'MONTH', 'letter_on_time_rate', 'CITY', 'CITY', 0.76, 19, 25);

-- Quarters: Q2 2023, the previous quarter and Q2 2022.
INSERT INTO metric_values VALUES
  ('2023-Q2', 'QUARTER', 'messages_received',   'CITY', 'CITY', 3584, 3584, NULL),
  ('2023-Q2', 'QUARTER', 'letter_on_time_rate', 'CITY', 'CITY', 0.85, 34, 40),
  ('2023-Q2', 'QUARTER', 'messages_received',   'DISTRICT', '440303', 1300, 1300, NULL),
  ('2023-Q2', 'QUARTER', 'messages_received',   'DISTRICT', '440304', 2284, 2284, NULL),
  ('2023-Q2', 'QUARTER', 'letters_sent',        'DEPARTMENT', 'D01', 250, 250, NULL),
  ('2023-Q1', 'QUARTER', 'messages_received',   'CITY', 'CITY', 2950, 2950, NULL),
  ('2023-Q1', 'QUARTER', 'letter_on_time_rate', 'CITY', 'CITY', 0.8, 20, 25),
  ('2022-Q2', 'QUARTER', 'messages_received',   'CITY', 'CITY', 3100, 3100, NULL);

-- Years 2022 and 2021.
INSERT INTO metric_values VALUES
  ('2022', 'YEAR', 'messages_received',   'CITY', 'CITY', 12345, 12345, NULL),
  ('2022', 'YEAR', 'letter_on_time_rate', 'CITY', 'CITY', 0.8333333333333334, 250, 300),
  ('2022', 'YEAR', 'drafts_with_opinions','CITY', 'CITY', 39, 39, NULL),
  ('2022', 'YEAR', 'opinions_received',   'CITY', 'CITY', 5110, 5110, NULL),
  ('2022', 'YEAR', 'messages_received',   'DISTRICT', '440303', 5000, 5000, NULL),
  ('2021', 'YEAR', 'messages_received',   'CITY', 'CITY', 10000, 10000, NULL),
  ('2021', 'YEAR', 'opinions_received',   'CITY', 'CITY', 4800, 4800, NULL);

CREATE TABLE metric_catalog (metric_id VARCHAR, name_zh VARCHAR, name_en VARCHAR, family VARCHAR,
  family_zh VARCHAR, unit VARCHAR, shape VARCHAR, scopes VARCHAR, definition VARCHAR);

CREATE TABLE dim_region (region_code VARCHAR, name VARCHAR, level VARCHAR, parent_code VARCHAR,
  district_code VARCHAR, district_name VARCHAR);
INSERT INTO dim_region VALUES
  ('440303', '罗湖区', 'DISTRICT', NULL, '440303', '罗湖区'),
  ('440304', '福田区', 'DISTRICT', NULL, '440304', '福田区'),
  ('440304001', '园岭街道', 'STREET', '440304', '440304', '福田区');

CREATE TABLE dim_department (department_code VARCHAR, name VARCHAR, level VARCHAR, district_code VARCHAR);
INSERT INTO dim_department VALUES
  ('D01', '市教育局', 'MUNICIPAL', NULL),
  ('D02', '市住房和建设局', 'MUNICIPAL', NULL);

CREATE TABLE fct_letter (letter_id VARCHAR, deputy_id VARCHAR, department_code VARCHAR, message_id VARCHAR,
  sent_at TIMESTAMP, sent_on DATE, deadline_on DATE, answered_at TIMESTAMP, answered_on DATE,
  days_to_answer BIGINT, satisfaction VARCHAR);
-- At 2023-06-30: L001 81 days overdue, L005 31, L002 29 (answered only in July); L003 answered in
-- time; L004 not yet due.
INSERT INTO fct_letter VALUES
  ('L001', 'P01', 'D01', NULL,  '2023-03-10 09:00', '2023-03-10', '2023-04-10', NULL, NULL, NULL, NULL),
  ('L002', 'P02', 'D02', 'M09', '2023-05-01 10:00', '2023-05-01', '2023-06-01', '2023-07-05 11:00', '2023-07-05', 65, NULL),
  ('L003', 'P01', 'D01', NULL,  '2023-05-20 15:00', '2023-05-20', '2023-06-20', '2023-06-15 16:00', '2023-06-15', 26, 'SATISFIED'),
  ('L004', 'P03', 'D01', NULL,  '2023-06-10 08:00', '2023-06-10', '2023-07-10', NULL, NULL, NULL, NULL),
  ('L005', 'P02', 'D02', NULL,  '2023-04-30 17:00', '2023-04-30', '2023-05-30', NULL, NULL, NULL, NULL);

CREATE TABLE fct_suggestion (suggestion_id VARCHAR, session VARCHAR, lead_deputy_id VARCHAR, title VARCHAR,
  category VARCHAR, submitted_on DATE, assigned_on DATE, lead_department_code VARCHAR,
  co_department_codes VARCHAR, is_key BOOLEAN, extended BOOLEAN, deadline_on DATE,
  lead_first_reply_id VARCHAR, lead_first_replied_on DATE, lead_first_result_class VARCHAR);
INSERT INTO fct_suggestion VALUES
  ('S1', '7-2', 'P01', '关于增设社区养老服务站的建议', 'LIVELIHOOD', '2023-01-10', '2023-01-20', 'D01', NULL, false, false, '2023-04-20', 'R1', '2023-04-01', 'C'),
  ('S2', '7-2', 'P02', '关于优化公交线路的建议', 'TRANSPORT', '2023-01-11', '2023-01-20', 'D02', NULL, false, false, '2023-04-20', 'R2', '2023-04-02', 'B');

CREATE TABLE fct_evaluation (evaluation_id VARCHAR, suggestion_id VARCHAR, reply_id VARCHAR,
  department_code VARCHAR, evaluated_on DATE, stage VARCHAR, rating VARCHAR, score BIGINT,
  reviews_evaluation_id VARCHAR, is_effective BOOLEAN);
-- Only E1 is an effective reply-stage UNSATISFIED evaluation in June 2023: E2 was reviewed by E3,
-- E4 is in May, E5 is an implementation-stage evaluation.
INSERT INTO fct_evaluation VALUES
  ('E1', 'S1', 'R1', 'D01', '2023-06-12', 'REPLY', 'UNSATISFIED', 55, NULL, true),
  ('E2', 'S2', 'R2', 'D02', '2023-06-05', 'REPLY', 'UNSATISFIED', 58, NULL, false),
  ('E3', 'S2', 'R2', 'D02', '2023-06-20', 'REPLY', 'SATISFIED', 80, 'E2', true),
  ('E4', 'S2', 'R2', 'D02', '2023-05-20', 'REPLY', 'UNSATISFIED', 50, NULL, true),
  ('E5', 'S1', 'R1', 'D01', '2023-06-25', 'IMPLEMENTATION', 'UNSATISFIED', 40, NULL, true);

CREATE TABLE ingest_ledger (dataset VARCHAR, batch_id VARCHAR, mode VARCHAR, format VARCHAR, encoding VARCHAR,
  extracted_at TIMESTAMP, content_sha256 VARCHAR, rows_in BIGINT, rows_accepted BIGINT, rows_set_aside BIGINT,
  status VARCHAR, duplicate_of VARCHAR, ingested_at TIMESTAMP);
INSERT INTO ingest_ledger VALUES
  ('messages', 'msg-001', 'incremental', 'csv', 'UTF-8', '2023-07-01 08:30', 'aa', 100, 97, 3, 'INGESTED', NULL, '2023-07-01 09:00'),
  ('messages', 'msg-002', 'incremental', 'csv', 'UTF-8', '2023-07-01 08:30', 'aa', 100, 0, 0, 'DUPLICATE', 'msg-001', '2023-07-01 09:05'),
  ('letters',  'let-001', 'incremental', 'jsonl', 'UTF-8', '2023-07-02 09:15', 'bb', 50, 50, 0, 'INGESTED', NULL, '2023-07-02 10:00');

CREATE TABLE ingest_rejected (dataset VARCHAR, batch_id VARCHAR, status VARCHAR, reason VARCHAR, rejected_at TIMESTAMP);
INSERT INTO ingest_rejected VALUES
  ('letters', 'let-000', 'REJECTED', 'file letters.jsonl is missing', '2023-07-02 09:50');

CREATE TABLE set_aside (dataset VARCHAR, batch_id VARCHAR, source_file VARCHAR, source_line BIGINT,
  reason_code VARCHAR, field VARCHAR, reason VARCHAR, raw_text VARCHAR);
INSERT INTO set_aside VALUES
  ('messages', 'msg-001', 'messages.csv', 12, 'BAD_TYPE', 'submitted_at', 'submitted_at is not a timestamp: 2023-13-01', NULL),
  ('messages', 'msg-001', 'messages.csv', 40, 'BAD_TYPE', 'submitted_at', 'submitted_at is not a timestamp: yesterday', NULL),
  ('messages', 'msg-001', 'messages.csv', 77, 'MISSING_KEY', 'message_id', 'message_id is empty', NULL);

CREATE TABLE source_freshness (dataset VARCHAR, name_zh VARCHAR, newest_extracted_at TIMESTAMP, batches BIGINT,
  rows_accepted BIGINT, rows_set_aside BIGINT, last_ingested_at TIMESTAMP);
INSERT INTO source_freshness VALUES
  ('messages', '群众留言', '2023-07-01 08:30', 1, 97, 3, '2023-07-01 09:00'),
  ('letters',  '代表联系函', '2023-07-02 09:15', 1, 50, 0, '2023-07-02 10:00'),
  ('drafts',   '法规草案', NULL, 0, 0, 0, NULL);

-- Data-quality check results. Run a1b2c3 is the newest run of 2023-06 and 2023-05: in June three
-- warnings (two city moves, one stale source) and two passes; in May one warning. Run 0a0a0a checked
-- June earlier and is superseded, so it is only in check_results. Run d4e5f6 checked 2023-Q2 and found
-- nothing. No run checked 2022.
CREATE TABLE check_results (run_id VARCHAR, checked_at TIMESTAMP, period VARCHAR, check_id VARCHAR,
  table_name VARCHAR, severity VARCHAR, outcome VARCHAR, observed DOUBLE, expected VARCHAR, detail VARCHAR);
INSERT INTO check_results VALUES
  ('20230702T010000Z-0a0a0a', '2023-07-02 09:00:00', '2023-06', 'city_move_within_share', 'metric_values', 'WARN', 'WARN',
   2.75, '|value − previous| ÷ |previous| <= 0.5 against 2023-05', 'letters_sent CITY: 40.0 (2023-05, published) → 150.0, moved 275.0 %'),
  ('20230702T020000Z-a1b2c3', '2023-07-02 10:00:00', '2023-06', 'batch_conservation', 'ingest_ledger', 'FAIL', 'PASS',
   NULL, 'rows_in = rows_accepted + rows_set_aside', 'no finding'),
  ('20230702T020000Z-a1b2c3', '2023-07-02 10:00:00', '2023-06', 'source_not_stale', 'source_freshness', 'WARN', 'WARN',
   46, 'newest extracted_at of each source at most 45 days before the newest extract of any source',
   'drafts (法规草案): newest batch extracted 2023-05-17 08:00:00, 46 days before the newest extract of any source (2023-07-02 09:15:00)'),
  ('20230702T020000Z-a1b2c3', '2023-07-02 10:00:00', '2023-06', 'city_move_within_share', 'metric_values', 'WARN', 'WARN',
   0.6666666666666666, '|value − previous| ÷ |previous| <= 0.5 against 2023-05', 'suggestion_unsatisfied CITY: 3.0 (2023-05, published) → 1.0, moved 66.7 %'),
  ('20230702T020000Z-a1b2c3', '2023-07-02 10:00:00', '2023-06', 'city_move_within_share', 'metric_values', 'WARN', 'WARN',
   NULL, '|value − previous| ÷ |previous| <= 0.5 against 2023-05', 'review_flip_rate CITY: 0.0 (2023-05, published) → 1.0, up from 0'),
  ('20230702T020000Z-a1b2c3', '2023-07-02 10:00:00', '2023-06', 'key_unique', 'current_state', 'FAIL', 'PASS',
   NULL, 'every key once', 'no finding'),
  ('20230702T020000Z-a1b2c3', '2023-07-02 10:00:00', '2023-05', 'city_move_within_share', 'metric_values', 'WARN', 'WARN',
   1.5, '|value − previous| ÷ |previous| <= 0.5 against 2023-04', 'letters_sent CITY: 40.0 (2023-04, published) → 100.0, moved 150.0 %'),
  ('20230702T020000Z-a1b2c3', '2023-07-02 10:00:00', '2023-05', 'source_not_stale', 'source_freshness', 'WARN', 'PASS',
   NULL, 'newest extracted_at of each source at most 45 days before the newest extract of any source', 'no finding'),
  ('20230702T030000Z-d4e5f6', '2023-07-02 11:00:00', '2023-Q2', 'city_move_within_share', 'metric_values', 'WARN', 'PASS',
   NULL, '|value − previous| ÷ |previous| <= 0.5 against 2023-Q1', 'no finding'),
  ('20230702T030000Z-d4e5f6', '2023-07-02 11:00:00', '2023-Q2', 'source_not_stale', 'source_freshness', 'WARN', 'PASS',
   NULL, 'newest extracted_at of each source at most 45 days before the newest extract of any source', 'no finding');

CREATE TABLE check_results_latest AS
  SELECT * FROM check_results WHERE run_id IN ('20230702T020000Z-a1b2c3', '20230702T030000Z-d4e5f6');
