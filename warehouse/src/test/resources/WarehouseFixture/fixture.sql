-- A small warehouse folder written the way ingest and transform write theirs (core's WarehouseLayout).
-- ${wh} is the folder. Expected figures in the tests are worked out from these rows by hand.

COPY (SELECT * FROM (VALUES
  ('2023-01', 'MONTH', 'homes_open', 'CITY', 'CITY', 3.0, 3.0, NULL),
  ('2023-01', 'MONTH', 'homes_open', 'DISTRICT', '440304', 2.0, 2.0, NULL),
  ('2023-01', 'MONTH', 'letter_on_time_rate', 'CITY', 'CITY', 0.5, 1.0, 2.0),
  ('2023-01', 'MONTH', 'letter_on_time_rate', 'DEPARTMENT', 'SZ-ZJJ', NULL, 0.0, 0.0))
  AS t(period, grain, metric_id, scope_type, scope_code, value, numerator, denominator))
TO '${wh}/marts/metric_values/2023-01.parquet' (FORMAT parquet);

COPY (SELECT * FROM (VALUES
  ('2023-Q1', 'QUARTER', 'homes_open', 'CITY', 'CITY', 3.0, 3.0, CAST(NULL AS DOUBLE)))
  AS t(period, grain, metric_id, scope_type, scope_code, value, numerator, denominator))
TO '${wh}/marts/metric_values/2023-Q1.parquet' (FORMAT parquet);

-- A period file being replaced: hidden, never part of the view.
COPY (SELECT * FROM (VALUES
  ('2023-03', 'MONTH', 'homes_open', 'CITY', 'CITY', 99.0, 99.0, CAST(NULL AS DOUBLE)))
  AS t(period, grain, metric_id, scope_type, scope_code, value, numerator, denominator))
TO '${wh}/marts/metric_values/.2023-03.parquet' (FORMAT parquet);

COPY (SELECT * FROM (VALUES
  ('homes_open', '人大代表之家数', 'Homes open', 'COVERAGE', '家站点覆盖', 'COUNT', 'COUNT', 'CITY,DISTRICT',
   'HOME platforms open at P.end'),
  ('letter_on_time_rate', '联系函按期答复率', 'Letters answered on time', 'RESPONSIVENESS', '办理时效', 'RATE',
   'RATIO', 'CITY,DEPARTMENT', 'letters with deadline D in P answered by D ÷ letters with D in P'))
  AS t(metric_id, name_zh, name_en, family, family_zh, unit, shape, scopes, definition))
TO '${wh}/marts/metric_catalog/metric_catalog.parquet' (FORMAT parquet);

COPY (SELECT * FROM (VALUES
  ('440304', '福田区', 'DISTRICT', NULL, '440304', '福田区'),
  ('440304001', '园岭街道', 'STREET', '440304', '440304', '福田区'),
  ('440304001001', '百花社区', 'COMMUNITY', '440304001', '440304', '福田区'))
  AS t(region_code, name, level, parent_code, district_code, district_name))
TO '${wh}/marts/dim_region/part-0.parquet' (FORMAT parquet);

COPY (SELECT * FROM (VALUES ('SZ-ZJJ', '市住房和建设局', 'MUNICIPAL', CAST(NULL AS VARCHAR)))
  AS t(department_code, name, level, district_code))
TO '${wh}/marts/dim_department/part-0.parquet' (FORMAT parquet);

COPY (SELECT * FROM (VALUES
  ('M1', 'P1', '440304', TIMESTAMP '2023-01-31 23:30:00', DATE '2023-01-31', '住房', 'D1',
   TIMESTAMP '2023-02-01 09:00:00', 'L1', 'FORWARDED', 'a3f1c2e4b5d6'),
  ('M2', 'P1', '440304', TIMESTAMP '2023-01-05 10:00:00', DATE '2023-01-05', '交通', NULL,
   NULL, NULL, 'OPEN', 'a3f1c2e4b5d6'))
  AS t(message_id, platform_id, district_code, submitted_at, submitted_on, category, deputy_id, responded_at,
       letter_id, status, citizen_name_hash))
TO '${wh}/marts/fct_message/part-0.parquet' (FORMAT parquet);

COPY (SELECT * FROM (VALUES
  ('L1', 'D1', 'SZ-ZJJ', 'M1', TIMESTAMP '2023-01-31 10:00:00', DATE '2023-01-31', DATE '2023-02-28',
   TIMESTAMP '2023-02-20 16:00:00', DATE '2023-02-20', CAST(20 AS BIGINT), 'SATISFIED'))
  AS t(letter_id, deputy_id, department_code, message_id, sent_at, sent_on, deadline_on, answered_at,
       answered_on, days_to_answer, satisfaction))
TO '${wh}/marts/fct_letter/part-0.parquet' (FORMAT parquet);

-- Raw layer: messages batch b1 (1 accepted, 1 set aside), regions batch r1 and its duplicate r2.
COPY (SELECT * FROM (VALUES
  ('messages', 'b1', 'incremental', 'csv', 'UTF-8', TIMESTAMP '2023-02-01 02:00:00', 'c0ffee01',
   CAST(2 AS BIGINT), CAST(1 AS BIGINT), CAST(1 AS BIGINT), 'INGESTED', CAST(NULL AS VARCHAR),
   TIMESTAMP '2023-02-01 03:00:00'))
  AS t(dataset, batch_id, mode, format, encoding, extracted_at, content_sha256, rows_in, rows_accepted,
       rows_set_aside, status, duplicate_of, ingested_at))
TO '${wh}/raw/messages/b1/_ledger.parquet' (FORMAT parquet);

COPY (SELECT * FROM (VALUES
  ('messages', 'b1', 'messages.csv', CAST(3 AS BIGINT), 'BAD_CODE', 'status',
   'status: ''LOST'' is not one of OPEN, RESPONDED, FORWARDED, CLOSED',
   'M3,P1,2023-01-06 08:00:00,9b2e,77aa,住房,我家电话***,,,,LOST,2023-01-06 08:00:00'))
  AS t(dataset, batch_id, source_file, source_line, reason_code, field, reason, raw_text))
TO '${wh}/raw/messages/b1/_set_aside.parquet' (FORMAT parquet);

COPY (SELECT * FROM (VALUES
  ('regions', 'r1', 'full', 'csv', 'UTF-8', TIMESTAMP '2023-01-01 01:00:00', 'beef0001',
   CAST(4 AS BIGINT), CAST(3 AS BIGINT), CAST(1 AS BIGINT), CAST(1 AS BIGINT), 'INGESTED', CAST(NULL AS VARCHAR),
   TIMESTAMP '2023-01-01 02:00:00'))
  AS t(dataset, batch_id, mode, format, encoding, extracted_at, content_sha256, rows_in, rows_accepted,
       rows_set_aside, rows_pending, status, duplicate_of, ingested_at))
TO '${wh}/raw/regions/r1/_ledger.parquet' (FORMAT parquet);

COPY (SELECT * FROM (VALUES
  ('regions', 'r1', 'regions.csv', CAST(5 AS BIGINT), 'BAD_CODE', 'level',
   'level: ''CITY'' is not one of DISTRICT, STREET, COMMUNITY', '440300,深圳市,CITY,'))
  AS t(dataset, batch_id, source_file, source_line, reason_code, field, reason, raw_text))
TO '${wh}/raw/regions/r1/_set_aside.parquet' (FORMAT parquet);

COPY (SELECT * FROM (VALUES
  ('regions', 'r2', 'full', 'csv', 'UTF-8', TIMESTAMP '2023-03-01 01:00:00', 'beef0001',
   CAST(4 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), 'DUPLICATE', 'r1',
   TIMESTAMP '2023-03-01 02:00:00'))
  AS t(dataset, batch_id, mode, format, encoding, extracted_at, content_sha256, rows_in, rows_accepted,
       rows_set_aside, status, duplicate_of, ingested_at))
TO '${wh}/raw/regions/r2/_ledger.parquet' (FORMAT parquet);

-- A batch still being staged: its ledger must not count yet.
COPY (SELECT * FROM (VALUES
  ('regions', 'r3', 'full', 'csv', 'UTF-8', TIMESTAMP '2023-04-01 01:00:00', 'beef0003',
   CAST(9 AS BIGINT), CAST(9 AS BIGINT), CAST(0 AS BIGINT), 'INGESTED', CAST(NULL AS VARCHAR),
   TIMESTAMP '2023-04-01 02:00:00'))
  AS t(dataset, batch_id, mode, format, encoding, extracted_at, content_sha256, rows_in, rows_accepted,
       rows_set_aside, status, duplicate_of, ingested_at))
TO '${wh}/raw/regions/.staging-r3/_ledger.parquet' (FORMAT parquet);

COPY (SELECT * FROM (VALUES
  ('letters', 'l9', 'REJECTED', 'letters.csv: 12 rows, but the manifest says 13', TIMESTAMP '2023-02-02 03:00:00'))
  AS t(dataset, batch_id, status, reason, rejected_at))
TO '${wh}/raw/_rejected/letters/l9.parquet' (FORMAT parquet);

-- Reference holds: one version of messages batch b1 held now (its platform left the current state).
COPY (SELECT * FROM (VALUES
  ('messages', 'b1', 'messages.csv', CAST(2 AS BIGINT), 'M1', 'platform_id', 'P9',
   'platform_id "P9" is not a known platforms key', false, true))
  AS t(dataset, batch_id, source_file, source_line, key, field, missing_key, reason, pending_at_ingest,
       supersedes_current))
TO '${wh}/marts/reference_holds/part-00000.parquet' (FORMAT parquet);
