-- Checks of fct_assessment beyond its key (key_not_null and key_unique are derived from table.properties).
-- The votes come from the oversight system as delivered: reported, never blocking (WARN).

-- check: votes_not_negative
-- severity: WARN
-- label: 有部门满意度测评的票数为负
-- description: 测评票数及其合计不为负 / no assessment has a negative vote count or vote sum
-- expected: votes_satisfied, votes_basically_satisfied, votes_unsatisfied and votes_total >= 0
-- action: Not an error of the warehouse: ask the oversight system's owners to correct the votes of the assessments named here; the satisfaction figures count them as delivered.
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' assessment(s) with a negative vote count, e.g. ', min(assessment_id)) AS detail
FROM fct_assessment
WHERE votes_satisfied < 0 OR votes_basically_satisfied < 0 OR votes_unsatisfied < 0 OR votes_total < 0
HAVING count(*) > 0

-- check: assessment_has_votes
-- severity: WARN
-- label: 有部门满意度测评没有票数，按不满意计
-- description: 每次测评都有票数 / every assessment has at least one vote
-- expected: votes_total > 0 for every assessment
-- action: An assessment without votes is judged 不满意 by the contract's rule and counts in departments_assessed_unsatisfied: ask the oversight system's owners whether the votes of the assessments named here are missing, and have them delivered again.
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' assessment(s) without votes, e.g. ', min(assessment_id)) AS detail
FROM fct_assessment
WHERE votes_total = 0
HAVING count(*) > 0
