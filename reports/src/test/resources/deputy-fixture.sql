-- Deputies and their duty records added to warehouse-fixture.sql for the 一人一档 files of 2023-06
-- (YTD 2023-01-01 to 2023-06-30). Serving at 2023-06-30: P01 and P02 only (P03's term ended in May,
-- P04's starts in July). The duty tables have the columns of tables/fct_duty_record and
-- tables/dim_duty_point_rule; each record's points are written by hand under its type's yearly cap.
CREATE TABLE dim_deputy (deputy_id VARCHAR, name VARCHAR, level VARCHAR, district_code VARCHAR,
  platform_id VARCHAR, professional_group VARCHAR, term_start DATE, term_end DATE);
INSERT INTO dim_deputy VALUES
  ('P01', '王芳', 'MUNICIPAL', '440304', 'ST1', '教育专业小组', '2021-01-01', NULL),
  ('P02', '李强', 'DISTRICT', '440303', 'ST9', NULL, '2021-01-01', NULL),
  ('P03', '张伟', 'MUNICIPAL', '440304', 'ST1', NULL, '2021-01-01', '2023-05-31'),
  ('P04', '陈静', 'MUNICIPAL', '440304', 'ST1', NULL, '2023-07-01', NULL);

-- ST9 is not in dim_platform: the file shows the code.
CREATE TABLE dim_platform (platform_id VARCHAR, platform_type VARCHAR, name VARCHAR, street_code VARCHAR);
INSERT INTO dim_platform VALUES ('ST1', 'STATION', '园岭街道代表联络站', '440304001');
