-- The duty registration facts (一人一档), for deputy-fixture.sql's deputies.
CREATE TABLE dim_duty_point_rule (duty_type VARCHAR, points DECIMAL(18,4), annual_cap DECIMAL(18,4), name_zh VARCHAR);
INSERT INTO dim_duty_point_rule VALUES
  ('SESSION', 5, 5, '出席代表大会'),
  ('RECEPTION', 2, 10, '接待选民'),
  ('SURVEY', 3, NULL, '视察调研、执法检查');

CREATE TABLE fct_duty_record (record_id VARCHAR, deputy_id VARCHAR, district_code VARCHAR, duty_type VARCHAR,
  occurred_on DATE, occurred_year BIGINT, hours DECIMAL(18,4), source_ref VARCHAR, rule_points DECIMAL(18,4),
  annual_cap DECIMAL(18,4), points DECIMAL(18,4), updated_at TIMESTAMP);
-- P01: two sessions (the second capped to 0), five receptions reaching the cap of 10 by June, one more in
-- July (after P.end) and a survey of 2022 (before the YTD). P02: one survey without hours.
INSERT INTO fct_duty_record VALUES
  ('R01', 'P01', '440304', 'SESSION',   '2023-01-15', 2023, 8, NULL, 5, 5, 5, '2023-01-16 09:00'),
  ('R02', 'P01', '440304', 'SESSION',   '2023-01-16', 2023, 8, NULL, 5, 5, 0, '2023-01-17 09:00'),
  ('R03', 'P01', '440304', 'RECEPTION', '2023-02-01', 2023, 2, 'A1', 2, 10, 2, '2023-02-02 09:00'),
  ('R04', 'P01', '440304', 'RECEPTION', '2023-03-01', 2023, 2, 'A2', 2, 10, 2, '2023-03-02 09:00'),
  ('R05', 'P01', '440304', 'RECEPTION', '2023-04-01', 2023, 2, 'A3', 2, 10, 2, '2023-04-02 09:00'),
  ('R06', 'P01', '440304', 'RECEPTION', '2023-05-01', 2023, 2, 'A4', 2, 10, 2, '2023-05-02 09:00'),
  ('R07', 'P01', '440304', 'RECEPTION', '2023-06-01', 2023, 2, 'A5', 2, 10, 2, '2023-06-02 09:00'),
  ('R08', 'P01', '440304', 'RECEPTION', '2023-07-01', 2023, 2, 'A6', 2, 10, 0, '2023-07-02 09:00'),
  ('R09', 'P01', '440304', 'SURVEY',    '2022-12-01', 2022, 4, NULL, 3, NULL, 3, '2022-12-02 09:00'),
  ('R10', 'P02', '440303', 'SURVEY',    '2023-03-03', 2023, NULL, NULL, 3, NULL, 3, '2023-03-04 09:00');
