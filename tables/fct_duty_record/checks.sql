-- Checks of fct_duty_record beyond its key (key_not_null and key_unique are derived from table.properties).
-- A record's points are computed by transform under the yearly cap: a point outside the rule is a bug of
-- the warehouse, so these checks FAIL (the rules and records themselves are reported by ingest).

-- check: points_within_rule
-- severity: FAIL
-- description: 每条记录积分在 0 与规则积分之间 / every record earns between 0 and its duty type's points
-- expected: 0 <= points <= rule_points (0 for a record without a rule or a date)
-- action: A bug of transform's points of duty records (conform/DutyFacts.dutyRecord): report it with the records named here; do not publish the period.
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' record(s) with points outside 0 to the rule''s points, e.g. ', min(record_id)) AS detail
FROM fct_duty_record
WHERE points IS NULL OR points < 0 OR points > coalesce(rule_points, 0)
   OR (occurred_on IS NULL AND points <> 0)
HAVING count(*) > 0

-- check: points_within_annual_cap
-- severity: FAIL
-- description: 代表每年每类履职积分不超过上限 / no deputy earns more than the cap from one duty type in one year
-- expected: sum(points) <= annual_cap per (deputy_id, duty_type, occurred_year) wherever the type has a cap
-- action: A bug of transform's cap in record order (conform/DutyFacts.dutyRecord): report it with the deputy and year named here; do not publish the period.
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' deputy/type/year(s) above the cap, e.g. ',
              min(deputy_id || ' ' || duty_type || ' ' || occurred_year)) AS detail
FROM (SELECT deputy_id, duty_type, occurred_year
      FROM fct_duty_record
      WHERE annual_cap IS NOT NULL AND occurred_year IS NOT NULL
      GROUP BY deputy_id, duty_type, occurred_year
      HAVING sum(points) > max(annual_cap)) AS above
HAVING count(*) > 0
