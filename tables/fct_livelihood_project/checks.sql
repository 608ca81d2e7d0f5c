-- Checks of fct_livelihood_project beyond its key (key_not_null and key_unique are derived from
-- table.properties). The votes come from the source system as delivered: reported, never blocking (WARN).

-- check: votes_for_within_votes_cast
-- severity: WARN
-- label: 有民生实事项目赞成票数超过投票总数
-- description: 赞成票数不超过投票总数 / no project has more votes for than votes cast
-- expected: votes_for <= votes_cast wherever both are known
-- action: Not an error of the warehouse: ask the livelihood system's owners to correct the votes of the projects named here; the selection figures count them as delivered.
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' project(s) with more votes for than cast, e.g. ', min(project_id)) AS detail
FROM fct_livelihood_project
WHERE votes_for > votes_cast
HAVING count(*) > 0
