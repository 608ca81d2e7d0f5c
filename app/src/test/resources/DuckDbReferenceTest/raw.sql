-- A tiny raw layer for DuckDbReferenceTest: one table per dataset named like it (its columns as the raw
-- layer stores them, _batch_id naming the batch) and `batches` (the ledger). The test writes each batch
-- to raw/<dataset>/<batch>/ with the lineage ingest adds. Datasets absent here have no batch at all.
CREATE TABLE batches (dataset VARCHAR, batch_id VARCHAR, mode VARCHAR, extracted_at TIMESTAMP);
INSERT INTO batches VALUES
  ('regions', 'regions-1', 'full', '2023-01-01 00:00:00'),
  ('departments', 'departments-1', 'full', '2023-01-01 00:00:00'),
  ('platforms', 'platforms-1', 'full', '2023-01-01 00:00:00'),
  ('deputies', 'deputies-1', 'full', '2023-01-01 00:00:00'),
  ('suggestions', 'suggestions-1', 'incremental', '2023-01-01 00:00:00'),
  ('suggestion_replies', 'replies-1', 'incremental', '2023-04-01 00:00:00'),
  ('livelihood_projects', 'projects-1', 'incremental', '2023-05-01 00:00:00'),
  ('duty_point_rules', 'rules-1', 'full', '2023-01-01 00:00:00'),
  ('duty_point_rules', 'rules-2', 'full', '2023-06-01 00:00:00'),
  ('professional_groups', 'groups-1', 'full', '2023-01-01 00:00:00'),
  ('station_resources', 'resources-1', 'full', '2022-12-01 00:00:00'),
  ('station_resources', 'resources-2', 'full', '2023-05-01 00:00:00'),
  ('duty_records', 'records-1', 'incremental', '2023-04-01 00:00:00'),
  ('duty_records', 'records-2', 'incremental', '2023-08-01 00:00:00'),
  ('group_outputs', 'outputs-1', 'incremental', '2023-04-01 00:00:00'),
  ('oversight_sessions', 'sessions-1', 'incremental', '2023-04-01 00:00:00'),
  ('oversight_issues', 'issues-1', 'incremental', '2023-04-01 00:00:00'),
  ('department_assessments', 'assessments-1', 'incremental', '2023-04-01 00:00:00'),
  ('voter_meetings', 'meetings-1', 'incremental', '2023-04-01 00:00:00'),
  ('commitment_checks', 'checks-1', 'incremental', '2023-05-01 00:00:00');

-- Two districts; streets S1, S2 in D1 and S3 in D2.
CREATE TABLE regions (_batch_id VARCHAR, region_code VARCHAR, level VARCHAR, parent_code VARCHAR);
INSERT INTO regions VALUES
  ('regions-1', 'D1', 'DISTRICT', NULL), ('regions-1', 'D2', 'DISTRICT', NULL),
  ('regions-1', 'S1', 'STREET', 'D1'), ('regions-1', 'S2', 'STREET', 'D1'), ('regions-1', 'S3', 'STREET', 'D2');

CREATE TABLE departments (_batch_id VARCHAR, department_code VARCHAR, district_code VARCHAR);
INSERT INTO departments VALUES
  ('departments-1', 'DEP1', NULL), ('departments-1', 'DEP2', 'D1'), ('departments-1', 'DEP3', 'D2');

-- Stations: ST1 (D1) and ST2 (D2) open throughout, ST3 (D1) opens 2023-03-01, ST4 (D2) closes 2023-02-15.
CREATE TABLE platforms (_batch_id VARCHAR, platform_id VARCHAR, platform_type VARCHAR, street_code VARCHAR,
  community_code VARCHAR, is_legislative_point BOOLEAN, legislative_since DATE, online_since DATE,
  opened_on DATE, closed_on DATE);
INSERT INTO platforms VALUES
  ('platforms-1', 'ST1', 'STATION', 'S1', NULL, false, NULL, NULL, '2020-01-01', NULL),
  ('platforms-1', 'ST2', 'STATION', 'S3', NULL, false, NULL, NULL, '2020-01-01', NULL),
  ('platforms-1', 'ST3', 'STATION', 'S2', NULL, false, NULL, NULL, '2023-03-01', NULL),
  ('platforms-1', 'ST4', 'STATION', 'S3', NULL, false, NULL, NULL, '2020-01-01', '2023-02-15');

-- A and B (D1) serve throughout; C (D2) until 2023-01-31; E (D2) from 2023-02-01.
CREATE TABLE deputies (_batch_id VARCHAR, deputy_id VARCHAR, district_code VARCHAR, platform_id VARCHAR,
  term_start DATE, term_end DATE);
INSERT INTO deputies VALUES
  ('deputies-1', 'A', 'D1', 'ST1', '2022-01-01', NULL), ('deputies-1', 'B', 'D1', 'ST1', '2022-01-01', NULL),
  ('deputies-1', 'C', 'D2', 'ST2', '2022-01-01', '2023-01-31'),
  ('deputies-1', 'E', 'D2', 'ST2', '2023-02-01', NULL);

CREATE TABLE suggestions (_batch_id VARCHAR, suggestion_id VARCHAR, lead_deputy_id VARCHAR,
  lead_department_code VARCHAR, co_department_codes VARCHAR[], submitted_on DATE, assigned_on DATE,
  extended BOOLEAN, updated_at TIMESTAMP);
INSERT INTO suggestions VALUES
  ('suggestions-1', 'SG1', 'A', 'DEP1', [], '2022-11-01', '2022-11-10', false, '2022-11-10 00:00:00');

CREATE TABLE suggestion_replies (_batch_id VARCHAR, reply_id VARCHAR, suggestion_id VARCHAR,
  department_code VARCHAR, round BIGINT, replied_on DATE, result_class VARCHAR, commitment VARCHAR,
  commitment_due_on DATE, updated_at TIMESTAMP);
INSERT INTO suggestion_replies VALUES
  ('replies-1', 'rp1', 'SG1', 'DEP1', 1, '2022-12-01', 'B', 'fix it', '2023-01-20', '2022-12-01 00:00:00'),
  ('replies-1', 'rp2', 'SG1', 'DEP1', 2, '2022-12-02', 'B', NULL, '2023-02-10', '2022-12-02 00:00:00'),
  ('replies-1', 'rp3', 'SG1', 'DEP2', 1, '2022-12-03', 'B', 'fix it', '2023-02-25', '2022-12-03 00:00:00'),
  ('replies-1', 'rp4', 'SG1', 'DEP2', 2, '2022-12-04', 'B', 'fix it', '2023-03-31', '2022-12-04 00:00:00'),
  ('replies-1', 'rp5', 'SG1', 'DEP3', 1, '2022-12-05', 'A', NULL, NULL, '2022-12-05 00:00:00'),
  ('replies-1', 'rp6', 'SG1', 'DEP1', 3, '2022-12-06', 'B', 'fix it', '2022-12-15', '2022-12-06 00:00:00');

CREATE TABLE livelihood_projects (_batch_id VARCHAR, project_id VARCHAR, level VARCHAR, district_code VARCHAR,
  year BIGINT, selected BOOLEAN, department_code VARCHAR, progress_pct BIGINT,
  satisfaction_score DECIMAL(18, 4), updated_at TIMESTAMP);
INSERT INTO livelihood_projects VALUES
  ('projects-1', 'p1', 'COMMUNITY', 'D1', 2023, true, NULL, 40, NULL, '2023-01-05 00:00:00'),
  ('projects-1', 'p1', 'COMMUNITY', 'D1', 2023, true, NULL, 100, NULL, '2023-03-10 00:00:00'),
  ('projects-1', 'p2', 'COMMUNITY', 'D2', 2023, false, NULL, 0, NULL, '2023-02-10 00:00:00'),
  ('projects-1', 'p2', 'COMMUNITY', 'D2', 2023, true, NULL, 100, NULL, '2023-02-20 00:00:00'),
  ('projects-1', 'p3', 'COMMUNITY', 'D1', 2022, true, NULL, 100, NULL, '2022-06-01 00:00:00'),
  ('projects-1', 'p4', 'COMMUNITY', 'D1', 2023, true, NULL, 50, NULL, '2023-04-02 00:00:00'),
  ('projects-1', 'p5', 'DISTRICT', 'D1', 2023, true, NULL, 100, NULL, '2023-01-02 00:00:00'),
  ('projects-1', 'p6', 'COMMUNITY', NULL, 2023, true, NULL, 0, NULL, '2023-01-02 00:00:00');

-- The newest full batch (rules-2) holds no OTHER rule and other points and caps than rules-1.
CREATE TABLE duty_point_rules (_batch_id VARCHAR, duty_type VARCHAR, points DECIMAL(18, 4),
  annual_cap DECIMAL(18, 4));
INSERT INTO duty_point_rules VALUES
  ('rules-1', 'RECEPTION', 1, 3), ('rules-1', 'OTHER', 1, NULL),
  ('rules-2', 'RECEPTION', 2, 5), ('rules-2', 'SURVEY', 3, NULL), ('rules-2', 'TRAINING', 1.5, 2);

-- G2 is dissolved on 2023-02-15, G3 formed on 2023-03-10.
CREATE TABLE professional_groups (_batch_id VARCHAR, group_code VARCHAR, formed_on DATE, dissolved_on DATE);
INSERT INTO professional_groups VALUES
  ('groups-1', 'G1', '2020-01-01', NULL), ('groups-1', 'G2', '2020-01-01', '2023-02-15'),
  ('groups-1', 'G3', '2023-03-10', NULL);

-- resources-1 is an older full batch: its ST2 row for 2023 is not current.
CREATE TABLE station_resources (_batch_id VARCHAR, platform_id VARCHAR, year BIGINT, fulltime_liaisons BIGINT,
  funding_wan DECIMAL(18, 4));
INSERT INTO station_resources VALUES
  ('resources-1', 'ST1', 2023, 0, 0.5), ('resources-1', 'ST2', 2023, 1, 1.0),
  ('resources-2', 'ST1', 2022, 1, 0.8), ('resources-2', 'ST2', 2022, 1, 1.0),
  ('resources-2', 'ST1', 2023, 2, 1.2), ('resources-2', 'ST3', 2023, 0, 0.6),
  ('resources-2', 'ST4', 2023, 1, 0.9);

-- r04's correction (occurred 2023-01-05, updated 03-20) comes in the earlier batch, its first version
-- (2023-02-05) in the later one. r10 names a duty type with no current rule, r14 an unknown deputy.
CREATE TABLE duty_records (_batch_id VARCHAR, record_id VARCHAR, deputy_id VARCHAR, duty_type VARCHAR,
  occurred_on DATE, updated_at TIMESTAMP);
INSERT INTO duty_records VALUES
  ('records-1', 'r01', 'A', 'RECEPTION', '2022-12-30', '2022-12-31 00:00:00'),
  ('records-1', 'r02', 'A', 'RECEPTION', '2023-01-10', '2023-01-11 00:00:00'),
  ('records-1', 'r03', 'A', 'RECEPTION', '2023-01-10', '2023-01-11 00:00:00'),
  ('records-1', 'r04', 'A', 'RECEPTION', '2023-01-05', '2023-03-20 00:00:00'),
  ('records-1', 'r05', 'A', 'RECEPTION', '2023-03-01', '2023-03-02 00:00:00'),
  ('records-1', 'r07', 'A', 'SURVEY', '2023-02-10', '2023-02-11 00:00:00'),
  ('records-1', 'r08', 'A', 'TRAINING', '2023-02-11', '2023-02-12 00:00:00'),
  ('records-1', 'r09', 'A', 'TRAINING', '2023-03-11', '2023-03-12 00:00:00'),
  ('records-1', 'r10', 'B', 'OTHER', '2023-01-15', '2023-01-16 00:00:00'),
  ('records-1', 'r11', 'B', 'RECEPTION', NULL, '2023-01-16 00:00:00'),
  ('records-1', 'r12', 'B', 'RECEPTION', '2023-03-05', '2023-03-06 00:00:00'),
  ('records-1', 'r13', 'C', 'SURVEY', '2023-01-20', '2023-01-21 00:00:00'),
  ('records-1', 'r14', 'X', 'RECEPTION', '2023-01-20', '2023-01-21 00:00:00'),
  ('records-2', 'r04', 'A', 'RECEPTION', '2023-02-05', '2023-02-06 00:00:00'),
  ('records-2', 'r06', 'A', 'RECEPTION', '2023-07-01', '2023-07-02 00:00:00');

CREATE TABLE group_outputs (_batch_id VARCHAR, output_id VARCHAR, group_code VARCHAR, output_type VARCHAR,
  suggestion_id VARCHAR, delivered_on DATE, updated_at TIMESTAMP);
INSERT INTO group_outputs VALUES
  ('outputs-1', 'o1', 'G1', 'RESEARCH_REPORT', NULL, '2023-01-20', '2023-01-20 00:00:00'),
  ('outputs-1', 'o2', 'G1', 'SUPERVISED_SUGGESTION', 'SG1', '2023-03-05', '2023-03-05 00:00:00'),
  ('outputs-1', 'o3', 'G2', 'RESEARCH_REPORT', NULL, '2023-01-25', '2023-01-25 00:00:00'),
  ('outputs-1', 'o4', 'G2', 'SUPERVISED_SUGGESTION', 'SG1', '2023-02-01', '2023-02-01 00:00:00'),
  ('outputs-1', 'o5', 'G1', 'SUPERVISED_SUGGESTION', 'SG1', '2022-12-10', '2022-12-10 00:00:00'),
  ('outputs-1', 'o6', 'G3', 'RESEARCH_REPORT', NULL, '2023-03-15', '2023-03-15 00:00:00'),
  ('outputs-1', 'o7', 'GX', 'RESEARCH_REPORT', NULL, '2023-01-05', '2023-01-05 00:00:00'),
  ('outputs-1', 'o8', 'G1', 'ACTIVITY', NULL, '2023-01-06', '2023-01-06 00:00:00');

-- s5 was entered as FACE_TO_FACE, then corrected to HEARING.
CREATE TABLE oversight_sessions (_batch_id VARCHAR, session_id VARCHAR, session_type VARCHAR,
  department_code VARCHAR, held_on DATE, updated_at TIMESTAMP);
INSERT INTO oversight_sessions VALUES
  ('sessions-1', 's1', 'FACE_TO_FACE', 'DEP1', '2023-01-10', '2023-01-10 00:00:00'),
  ('sessions-1', 's2', 'FACE_TO_FACE', 'DEP2', '2023-02-20', '2023-02-20 00:00:00'),
  ('sessions-1', 's3', 'PERFORMANCE_REPORT', 'DEP1', '2023-02-21', '2023-02-21 00:00:00'),
  ('sessions-1', 's4', 'HEARING', 'DEP3', '2023-03-01', '2023-03-01 00:00:00'),
  ('sessions-1', 's5', 'FACE_TO_FACE', 'DEP2', '2023-03-05', '2023-03-05 00:00:00'),
  ('sessions-1', 's5', 'HEARING', 'DEP2', '2023-03-05', '2023-03-06 00:00:00');

-- i6 names an unknown session. Days to resolve: i1 15, i2 50, i4 10, i5 30.
CREATE TABLE oversight_issues (_batch_id VARCHAR, issue_id VARCHAR, session_id VARCHAR, department_code VARCHAR,
  raised_on DATE, resolved_on DATE, updated_at TIMESTAMP);
INSERT INTO oversight_issues VALUES
  ('issues-1', 'i1', 's1', 'DEP1', '2023-01-10', '2023-01-25', '2023-01-25 00:00:00'),
  ('issues-1', 'i2', 's1', 'DEP1', '2023-01-10', '2023-03-01', '2023-03-01 00:00:00'),
  ('issues-1', 'i3', 's2', 'DEP2', '2023-02-20', NULL, '2023-02-20 00:00:00'),
  ('issues-1', 'i4', 's2', 'DEP2', '2023-02-20', '2023-03-02', '2023-03-02 00:00:00'),
  ('issues-1', 'i5', 's4', 'DEP3', '2023-03-01', '2023-03-31', '2023-03-31 00:00:00'),
  ('issues-1', 'i6', 'SX', 'DEP1', '2023-01-05', NULL, '2023-01-05 00:00:00');

-- Verdicts: a7 exactly half satisfied 不满意, a1 基本满意, a2 不满意, a3 满意, a6 不满意 (same day as a3,
-- later id), a4 no votes 不满意, a5 基本满意.
CREATE TABLE department_assessments (_batch_id VARCHAR, assessment_id VARCHAR, department_code VARCHAR,
  session_id VARCHAR, assessed_on DATE, votes_satisfied BIGINT, votes_basically_satisfied BIGINT,
  votes_unsatisfied BIGINT, updated_at TIMESTAMP);
INSERT INTO department_assessments VALUES
  ('assessments-1', 'a7', 'DEP1', NULL, '2023-01-15', 5, 0, 5, '2023-01-15 00:00:00'),
  ('assessments-1', 'a1', 'DEP1', 's3', '2023-02-21', 10, 5, 5, '2023-02-21 00:00:00'),
  ('assessments-1', 'a2', 'DEP2', NULL, '2023-02-22', 4, 2, 10, '2023-02-22 00:00:00'),
  ('assessments-1', 'a3', 'DEP2', NULL, '2023-03-10', 9, 0, 1, '2023-03-10 00:00:00'),
  ('assessments-1', 'a6', 'DEP2', NULL, '2023-03-10', 1, 1, 8, '2023-03-10 00:00:00'),
  ('assessments-1', 'a4', 'DEP3', NULL, '2023-03-15', 0, 0, 0, '2023-03-15 00:00:00'),
  ('assessments-1', 'a5', 'DEP1', 's3', '2023-03-20', 3, 3, 4, '2023-03-20 00:00:00');

-- m4 names an unknown street.
CREATE TABLE voter_meetings (_batch_id VARCHAR, meeting_id VARCHAR, street_code VARCHAR, held_on DATE,
  items_selected BIGINT, updated_at TIMESTAMP);
INSERT INTO voter_meetings VALUES
  ('meetings-1', 'm5', 'S2', '2022-11-20', 1, '2022-11-20 00:00:00'),
  ('meetings-1', 'm1', 'S1', '2023-01-08', 5, '2023-01-08 00:00:00'),
  ('meetings-1', 'm4', 'S9', '2023-01-09', 5, '2023-01-09 00:00:00'),
  ('meetings-1', 'm3', 'S3', '2023-02-14', 3, '2023-02-14 00:00:00'),
  ('meetings-1', 'm2', 'S1', '2023-03-02', 2, '2023-03-02 00:00:00');

-- c3 was FULFILLED, then corrected to NOT_FULFILLED; c4 and c5 share a day (c5 is the latest); c7 names
-- an unknown reply; c8 has no date.
CREATE TABLE commitment_checks (_batch_id VARCHAR, check_id VARCHAR, reply_id VARCHAR, checked_on DATE,
  status VARCHAR, updated_at TIMESTAMP);
INSERT INTO commitment_checks VALUES
  ('checks-1', 'c1', 'rp1', '2023-01-15', 'IN_PROGRESS', '2023-01-15 00:00:00'),
  ('checks-1', 'c2', 'rp1', '2023-02-05', 'FULFILLED', '2023-02-05 00:00:00'),
  ('checks-1', 'c3', 'rp2', '2023-02-08', 'FULFILLED', '2023-02-08 00:00:00'),
  ('checks-1', 'c3', 'rp2', '2023-02-08', 'NOT_FULFILLED', '2023-02-09 00:00:00'),
  ('checks-1', 'c4', 'rp3', '2023-03-10', 'NOT_FULFILLED', '2023-03-10 00:00:00'),
  ('checks-1', 'c5', 'rp3', '2023-03-10', 'FULFILLED', '2023-03-10 00:00:00'),
  ('checks-1', 'c6', 'rp6', '2023-04-10', 'FULFILLED', '2023-04-10 00:00:00'),
  ('checks-1', 'c7', 'rpX', '2023-01-10', 'FULFILLED', '2023-01-10 00:00:00'),
  ('checks-1', 'c8', 'rp4', NULL, 'FULFILLED', '2023-03-20 00:00:00');
