-- The current state of every dataset, from the raw layer alone (docs/contract/sources.md and
-- docs/contract/metrics.md, readings of docs/decisions.md). Paths are relative to the warehouse folder
-- (the driver sets file_search_path); every glob skips dot- and underscore-named work folders.
-- A version is one raw row (raw_rows of raw_shapes.sql); _version (its batch, file and line among them)
-- orders and names it.

CREATE TABLE ledger AS
SELECT dataset, batch_id, mode, extracted_at
FROM read_parquet('raw/[!._]*/[!._]*/_ledger.parquet', union_by_name = true)
WHERE status = 'INGESTED';

-- Reference data: the newest full batch (extracted_at, then batch_id) and the batches after it;
-- without a full batch, every batch.
CREATE MACRO current_batches(ds) AS TABLE
WITH newest_full AS (
  SELECT extracted_at, batch_id FROM ledger WHERE dataset = ds AND mode = 'full'
  ORDER BY extracted_at DESC, batch_id DESC LIMIT 1)
SELECT l.batch_id FROM ledger l LEFT JOIN newest_full f ON true
WHERE l.dataset = ds
  AND (f.batch_id IS NULL OR l.extracted_at > f.extracted_at
       OR (l.extracted_at = f.extracted_at AND l.batch_id >= f.batch_id));

-- The versions of a dataset that count, each with _version: the later the newer.
CREATE MACRO reference_rows(ds) AS TABLE
SELECT *, (_extracted_at, _batch_id, _source_file, _source_line) AS _version
FROM raw_rows(ds)
WHERE _batch_id IN (SELECT batch_id FROM current_batches(ds));

CREATE MACRO incremental_rows(ds) AS TABLE
SELECT *, (updated_at, _extracted_at, _batch_id, _source_line, _source_file) AS _version
FROM raw_rows(ds)
WHERE _batch_id IN (SELECT batch_id FROM ledger WHERE dataset = ds);

-- Every element of a list field, with its version: a version is held when one element is unknown.
CREATE MACRO list_elements(ds, list_field) AS TABLE
SELECT _version, unnest(COLUMNS(list_field)) AS element FROM incremental_rows(ds);

-- A reference resolves when it is null or names a key of the referenced dataset's current state.
CREATE MACRO known_region(code) AS code IS NULL OR code IN (SELECT region_code FROM regions);
CREATE MACRO known_platform(id) AS id IS NULL OR id IN (SELECT platform_id FROM platforms);
CREATE MACRO known_deputy(id) AS id IS NULL OR id IN (SELECT deputy_id FROM deputies);
CREATE MACRO known_department(code) AS code IS NULL OR code IN (SELECT department_code FROM departments);
CREATE MACRO known_draft(id) AS id IS NULL OR id IN (SELECT draft_id FROM drafts);
CREATE MACRO known_suggestion(id) AS id IS NULL OR id IN (SELECT suggestion_id FROM suggestions);
CREATE MACRO known_reply(id) AS id IS NULL OR id IN (SELECT reply_id FROM suggestion_replies);
CREATE MACRO known_rule(code) AS code IS NULL OR code IN (SELECT duty_type FROM duty_point_rules);
CREATE MACRO known_group(code) AS code IS NULL OR code IN (SELECT group_code FROM professional_groups);
-- A reference to one kind: a street must be a STREET region, a station a STATION platform.
CREATE MACRO known_street(code) AS code IS NULL OR code IN (SELECT region_code FROM regions WHERE level = 'STREET');
CREATE MACRO known_station(id) AS id IS NULL OR id IN (SELECT platform_id FROM platforms WHERE platform_type = 'STATION');
CREATE MACRO known_session(id) AS id IS NULL OR id IN (SELECT session_id FROM oversight_sessions);

-- regions: parent_code resolves against the dataset's own current versions.
CREATE TABLE regions AS
WITH v AS (SELECT * FROM reference_rows('regions'))
SELECT * FROM v WHERE parent_code IS NULL OR parent_code IN (SELECT region_code FROM v)
QUALIFY row_number() OVER (PARTITION BY region_code ORDER BY _version DESC) = 1;

CREATE TABLE departments AS
SELECT * FROM reference_rows('departments')
WHERE known_region(district_code)
QUALIFY row_number() OVER (PARTITION BY department_code ORDER BY _version DESC) = 1;

CREATE TABLE platforms AS
SELECT * FROM reference_rows('platforms')
WHERE known_region(street_code) AND known_region(community_code)
QUALIFY row_number() OVER (PARTITION BY platform_id ORDER BY _version DESC) = 1;

CREATE TABLE platform_coverage AS
SELECT * FROM reference_rows('platform_coverage')
WHERE known_platform(platform_id) AND known_region(community_code)
QUALIFY row_number() OVER (PARTITION BY platform_id, community_code ORDER BY _version DESC) = 1;

CREATE TABLE deputies AS
SELECT * FROM reference_rows('deputies')
WHERE known_region(district_code) AND known_platform(platform_id)
QUALIFY row_number() OVER (PARTITION BY deputy_id ORDER BY _version DESC) = 1;

-- Incremental data: every ingested batch's versions whose references resolve, the latest per key.
CREATE TABLE activities AS
SELECT * FROM incremental_rows('activities')
WHERE known_platform(platform_id)
  AND _version NOT IN (SELECT _version FROM list_elements('activities', 'deputy_ids')
                       WHERE NOT known_deputy(element))
QUALIFY row_number() OVER (PARTITION BY activity_id ORDER BY _version DESC) = 1;

CREATE TABLE duty_roster AS
SELECT * FROM incremental_rows('duty_roster')
WHERE known_deputy(deputy_id) AND known_platform(platform_id)
QUALIFY row_number() OVER (PARTITION BY deputy_id, duty_date ORDER BY _version DESC) = 1;

CREATE TABLE messages AS
SELECT message_id, platform_id, submitted_at, letter_id
FROM incremental_rows('messages')
WHERE known_platform(platform_id) AND known_deputy(deputy_id)
QUALIFY row_number() OVER (PARTITION BY message_id ORDER BY _version DESC) = 1;

CREATE TABLE letters AS
SELECT * FROM incremental_rows('letters')
WHERE known_deputy(deputy_id) AND known_department(department_code)
QUALIFY row_number() OVER (PARTITION BY letter_id ORDER BY _version DESC) = 1;

CREATE TABLE drafts AS
SELECT * FROM incremental_rows('drafts')
QUALIFY row_number() OVER (PARTITION BY draft_id ORDER BY _version DESC) = 1;

CREATE TABLE opinions AS
SELECT opinion_id, draft_id, platform_id, submitted_on, adoption, decided_on
FROM incremental_rows('opinions')
WHERE known_draft(draft_id) AND known_platform(platform_id)
QUALIFY row_number() OVER (PARTITION BY opinion_id ORDER BY _version DESC) = 1;

CREATE TABLE suggestions AS
SELECT * FROM incremental_rows('suggestions')
WHERE known_deputy(lead_deputy_id) AND known_department(lead_department_code)
  AND _version NOT IN (SELECT _version FROM list_elements('suggestions', 'co_department_codes')
                       WHERE NOT known_department(element))
QUALIFY row_number() OVER (PARTITION BY suggestion_id ORDER BY _version DESC) = 1;

CREATE TABLE suggestion_replies AS
SELECT * FROM incremental_rows('suggestion_replies')
WHERE known_suggestion(suggestion_id) AND known_department(department_code)
QUALIFY row_number() OVER (PARTITION BY reply_id ORDER BY _version DESC) = 1;

-- evaluations: reviews_evaluation_id resolves against the versions that pass the other references.
CREATE TABLE evaluations AS
WITH v AS (SELECT * FROM incremental_rows('evaluations')
           WHERE known_suggestion(suggestion_id) AND known_reply(reply_id))
SELECT * FROM v
WHERE reviews_evaluation_id IS NULL OR reviews_evaluation_id IN (SELECT evaluation_id FROM v)
QUALIFY row_number() OVER (PARTITION BY evaluation_id ORDER BY _version DESC) = 1;

-- Livelihood projects are taken as of each period's end: keep every resolved version.
CREATE TABLE livelihood_versions AS
SELECT * FROM incremental_rows('livelihood_projects')
WHERE known_region(district_code)
  AND known_department(department_code);

-- Second tier, in contract order. Reference data: the newest full batch, as above.
CREATE TABLE duty_point_rules AS
SELECT * FROM reference_rows('duty_point_rules')
QUALIFY row_number() OVER (PARTITION BY duty_type ORDER BY _version DESC) = 1;

CREATE TABLE professional_groups AS
SELECT * FROM reference_rows('professional_groups')
QUALIFY row_number() OVER (PARTITION BY group_code ORDER BY _version DESC) = 1;

CREATE TABLE station_resources AS
SELECT * FROM reference_rows('station_resources')
WHERE known_station(platform_id)
QUALIFY row_number() OVER (PARTITION BY platform_id, year ORDER BY _version DESC) = 1;

CREATE TABLE duty_records AS
SELECT * FROM incremental_rows('duty_records')
WHERE known_deputy(deputy_id) AND known_rule(duty_type)
QUALIFY row_number() OVER (PARTITION BY record_id ORDER BY _version DESC) = 1;

CREATE TABLE group_outputs AS
SELECT * FROM incremental_rows('group_outputs')
WHERE known_group(group_code) AND known_suggestion(suggestion_id)
QUALIFY row_number() OVER (PARTITION BY output_id ORDER BY _version DESC) = 1;

CREATE TABLE oversight_sessions AS
SELECT * FROM incremental_rows('oversight_sessions')
WHERE known_department(department_code)
QUALIFY row_number() OVER (PARTITION BY session_id ORDER BY _version DESC) = 1;

CREATE TABLE oversight_issues AS
SELECT * FROM incremental_rows('oversight_issues')
WHERE known_session(session_id) AND known_department(department_code)
QUALIFY row_number() OVER (PARTITION BY issue_id ORDER BY _version DESC) = 1;

CREATE TABLE department_assessments AS
SELECT * FROM incremental_rows('department_assessments')
WHERE known_department(department_code) AND known_session(session_id)
QUALIFY row_number() OVER (PARTITION BY assessment_id ORDER BY _version DESC) = 1;

CREATE TABLE voter_meetings AS
SELECT * FROM incremental_rows('voter_meetings')
WHERE known_street(street_code)
QUALIFY row_number() OVER (PARTITION BY meeting_id ORDER BY _version DESC) = 1;

CREATE TABLE commitment_checks AS
SELECT * FROM incremental_rows('commitment_checks')
WHERE known_reply(reply_id)
QUALIFY row_number() OVER (PARTITION BY check_id ORDER BY _version DESC) = 1;

-- The district above a region (itself for a district), through up to two parents.
CREATE TABLE region_district AS
SELECT r.region_code, r.level,
       CASE WHEN r.level = 'DISTRICT' THEN r.region_code
            WHEN p.level = 'DISTRICT' THEN p.region_code
            WHEN g.level = 'DISTRICT' THEN g.region_code END AS district_code
FROM regions r
LEFT JOIN regions p ON p.region_code = r.parent_code
LEFT JOIN regions g ON g.region_code = p.parent_code;

-- A platform's district: its street's, or its community's when it has no street.
CREATE TABLE platform_district AS
SELECT f.*, CASE WHEN f.street_code IS NOT NULL THEN s.district_code ELSE c.district_code END AS district
FROM platforms f
LEFT JOIN region_district s ON s.region_code = f.street_code
LEFT JOIN region_district c ON c.region_code = f.community_code;

CREATE TABLE scopes AS
SELECT 'CITY' AS scope_type, 'CITY' AS scope_code
UNION ALL SELECT 'DISTRICT', region_code FROM regions WHERE level = 'DISTRICT'
UNION ALL SELECT 'DEPARTMENT', department_code FROM departments;
