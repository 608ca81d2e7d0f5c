-- Checks of fct_group_output beyond its key (key_not_null and key_unique are derived from table.properties).
-- The outputs come from the professional groups' system as delivered: reported, never blocking (WARN).

-- check: suggestion_only_when_supervised
-- severity: WARN
-- label: 有专业小组成果的督办建议编号与成果类型不符
-- description: 仅督办建议类成果带建议编号 / suggestion_id is set for SUPERVISED_SUGGESTION outputs and for no other
-- expected: suggestion_id IS NOT NULL exactly when output_type = 'SUPERVISED_SUGGESTION'
-- action: Not an error of the warehouse: ask the professional groups' system owners to correct the outputs named here; groups_meeting_duty_rate counts them by output_type as delivered.
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' output(s) whose suggestion_id does not match the type, e.g. ', min(output_id)) AS detail
FROM fct_group_output
WHERE (output_type = 'SUPERVISED_SUGGESTION') <> (suggestion_id IS NOT NULL)
HAVING count(*) > 0
