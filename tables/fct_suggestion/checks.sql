-- Checks of fct_suggestion beyond its key (key_not_null and key_unique are derived from table.properties).
-- The dates come from the source system as delivered: a wrong one is reported, never blocking (WARN).

-- check: first_reply_not_before_assigned
-- severity: WARN
-- label: 有建议的首次答复早于交办日期
-- description: 主办单位首次答复不早于交办日期 / no lead department replies before the suggestion was assigned
-- expected: lead_first_replied_on >= assigned_on wherever both are known
-- action: Not an error of the warehouse: ask the suggestions system's owners to correct assigned_on or the reply's replied_on; until then the reply counts as on time.
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' suggestion(s) replied to before assigned, e.g. ', min(suggestion_id)) AS detail
FROM fct_suggestion
WHERE lead_first_replied_on < assigned_on
HAVING count(*) > 0
