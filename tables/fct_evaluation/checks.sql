-- Checks of fct_evaluation beyond its key (key_not_null and key_unique are derived from table.properties).
-- Ingest sets a score outside the contract's range aside, so a finding here means a bad source row
-- slipped through or the contract changed: reported, never blocking (WARN).

-- check: score_within_0_100
-- severity: WARN
-- label: 有测评得分超出 0 到 100
-- description: 测评得分在 0 到 100 之间 / every evaluation score lies within 0 to 100
-- expected: 0 <= score <= 100 (null allowed)
-- action: Look at the evaluations named here in the set_aside and raw layers; ask the suggestions system's owners to correct the score.
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' evaluation(s) with a score outside 0–100, e.g. ', min(evaluation_id)) AS detail
FROM fct_evaluation
WHERE score < 0 OR score > 100
HAVING count(*) > 0
