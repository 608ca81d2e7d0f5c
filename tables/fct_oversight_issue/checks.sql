-- Checks of fct_oversight_issue beyond its key (key_not_null and key_unique are derived from
-- table.properties). The dates come from the oversight system as delivered: reported, never blocking (WARN).

-- check: resolved_not_before_raised
-- severity: WARN
-- label: 有监督问题的解决日期早于提出日期
-- description: 问题解决日期不早于提出日期 / no oversight issue is resolved before it was raised
-- expected: resolved_on >= raised_on and days_to_resolve >= 0 for every resolved issue
-- action: Not an error of the warehouse: ask the oversight system's owners to correct raised_on or resolved_on of the issues named here; until then they count with a negative time to resolve.
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' issue(s) resolved before raised, e.g. ', min(issue_id)) AS detail
FROM fct_oversight_issue
WHERE resolved_on < raised_on OR days_to_resolve < 0
HAVING count(*) > 0
