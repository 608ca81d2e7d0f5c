-- The raw layer's columns that the reference reads, typed as ingest writes them (str VARCHAR, int BIGINT,
-- dec DECIMAL(18,4), list VARCHAR[]), one empty table per dataset. raw_rows(ds) reads a dataset's batches
-- by column name over its shape, so a dataset no batch has delivered yet is a dataset with no rows.

CREATE TABLE shape_lineage (_batch_id VARCHAR, _extracted_at TIMESTAMP, _source_file VARCHAR,
  _source_line BIGINT);

CREATE TABLE shape_regions (region_code VARCHAR, level VARCHAR, parent_code VARCHAR);
CREATE TABLE shape_departments (department_code VARCHAR, district_code VARCHAR);
CREATE TABLE shape_platforms (platform_id VARCHAR, platform_type VARCHAR, street_code VARCHAR,
  community_code VARCHAR, is_legislative_point BOOLEAN, legislative_since DATE, online_since DATE,
  opened_on DATE, closed_on DATE);
CREATE TABLE shape_platform_coverage (platform_id VARCHAR, community_code VARCHAR);
CREATE TABLE shape_deputies (deputy_id VARCHAR, district_code VARCHAR, platform_id VARCHAR,
  term_start DATE, term_end DATE);
CREATE TABLE shape_activities (activity_id VARCHAR, platform_id VARCHAR, deputy_ids VARCHAR[],
  held_on DATE, updated_at TIMESTAMP);
CREATE TABLE shape_duty_roster (deputy_id VARCHAR, duty_date DATE, platform_id VARCHAR,
  updated_at TIMESTAMP);
CREATE TABLE shape_messages (message_id VARCHAR, platform_id VARCHAR, submitted_at TIMESTAMP,
  deputy_id VARCHAR, letter_id VARCHAR, updated_at TIMESTAMP);
CREATE TABLE shape_letters (letter_id VARCHAR, deputy_id VARCHAR, department_code VARCHAR,
  sent_at TIMESTAMP, answered_at TIMESTAMP, satisfaction VARCHAR, updated_at TIMESTAMP);
CREATE TABLE shape_drafts (draft_id VARCHAR, solicitation_opens_on DATE, solicitation_closes_on DATE,
  updated_at TIMESTAMP);
CREATE TABLE shape_opinions (opinion_id VARCHAR, draft_id VARCHAR, platform_id VARCHAR,
  submitted_on DATE, adoption VARCHAR, decided_on DATE, updated_at TIMESTAMP);
CREATE TABLE shape_suggestions (suggestion_id VARCHAR, lead_deputy_id VARCHAR,
  lead_department_code VARCHAR, co_department_codes VARCHAR[], submitted_on DATE, assigned_on DATE,
  extended BOOLEAN, updated_at TIMESTAMP);
CREATE TABLE shape_suggestion_replies (reply_id VARCHAR, suggestion_id VARCHAR, department_code VARCHAR,
  round BIGINT, replied_on DATE, result_class VARCHAR, commitment VARCHAR, commitment_due_on DATE,
  updated_at TIMESTAMP);
CREATE TABLE shape_evaluations (evaluation_id VARCHAR, suggestion_id VARCHAR, reply_id VARCHAR,
  evaluated_on DATE, stage VARCHAR, rating VARCHAR, score BIGINT, reviews_evaluation_id VARCHAR,
  updated_at TIMESTAMP);
CREATE TABLE shape_livelihood_projects (project_id VARCHAR, level VARCHAR, district_code VARCHAR,
  year BIGINT, selected BOOLEAN, department_code VARCHAR, progress_pct BIGINT,
  satisfaction_score DECIMAL(18, 4), updated_at TIMESTAMP);

-- Second tier.
CREATE TABLE shape_duty_point_rules (duty_type VARCHAR, points DECIMAL(18, 4), annual_cap DECIMAL(18, 4));
CREATE TABLE shape_professional_groups (group_code VARCHAR, formed_on DATE, dissolved_on DATE);
CREATE TABLE shape_station_resources (platform_id VARCHAR, year BIGINT, fulltime_liaisons BIGINT,
  funding_wan DECIMAL(18, 4));
CREATE TABLE shape_duty_records (record_id VARCHAR, deputy_id VARCHAR, duty_type VARCHAR,
  occurred_on DATE, updated_at TIMESTAMP);
CREATE TABLE shape_group_outputs (output_id VARCHAR, group_code VARCHAR, output_type VARCHAR,
  suggestion_id VARCHAR, delivered_on DATE, updated_at TIMESTAMP);
CREATE TABLE shape_oversight_sessions (session_id VARCHAR, session_type VARCHAR, department_code VARCHAR,
  held_on DATE, updated_at TIMESTAMP);
CREATE TABLE shape_oversight_issues (issue_id VARCHAR, session_id VARCHAR, department_code VARCHAR,
  raised_on DATE, resolved_on DATE, updated_at TIMESTAMP);
CREATE TABLE shape_department_assessments (assessment_id VARCHAR, department_code VARCHAR,
  session_id VARCHAR, assessed_on DATE, votes_satisfied BIGINT, votes_basically_satisfied BIGINT,
  votes_unsatisfied BIGINT, updated_at TIMESTAMP);
CREATE TABLE shape_voter_meetings (meeting_id VARCHAR, street_code VARCHAR, held_on DATE,
  items_selected BIGINT, updated_at TIMESTAMP);
CREATE TABLE shape_commitment_checks (check_id VARCHAR, reply_id VARCHAR, checked_on DATE, status VARCHAR,
  updated_at TIMESTAMP);

-- Every raw version of a dataset, at least with its shape's columns (allow_empty: no batch, no rows).
CREATE MACRO raw_rows(ds) AS TABLE
SELECT * FROM shape_lineage, query_table('shape_' || ds)
UNION ALL BY NAME
SELECT * FROM read_parquet('raw/' || ds || '/[!._]*/data.parquet', allow_empty = true);
