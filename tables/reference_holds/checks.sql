-- Checks of the reference holds: marts/reference_holds/, one row per raw version held because it
-- names a key the current state does not hold (written by transform at every run). Only versions that
-- would be current if the key existed (supersedes_current) are missing from the figures; the share is
-- taken of the records that would count: current records + such held versions. Run once per check run.

-- check: unresolved_references
-- severity: WARN
-- label: 有记录引用的主键尚未到达，暂不计入指标
-- description: 引用尚不存在的键的记录暂缓计入 / records waiting for a key that has not arrived are reported
-- expected: no held version that would be current, in every dataset (up to :max_held_share of a dataset's records warns)
-- action: Find the missing keys in the reference_holds view; ask the source system for the batch that delivers them (often a platforms, deputies or suggestions extract delivered late). The records count as soon as a run finds their keys.
WITH held AS (
  SELECT dataset, count(*) AS held, min(reason) AS example
  FROM reference_holds WHERE supersedes_current GROUP BY dataset
), current_rows AS (
  SELECT dataset, count(*) AS row_count FROM current_keys GROUP BY dataset
)
SELECT h.held::DOUBLE AS observed,
       concat(h.dataset, ': ', h.held, ' held version(s) of ', coalesce(c.row_count, 0) + h.held,
              ' record(s), e.g. ', h.example) AS detail
FROM held AS h
LEFT JOIN current_rows AS c USING (dataset)
WHERE h.held::DOUBLE / (coalesce(c.row_count, 0) + h.held) <= :max_held_share
ORDER BY h.dataset

-- check: unresolved_references_share
-- severity: FAIL
-- description: 暂缓计入的记录不超过数据集的阈值比例 / no dataset has more than the allowed share of its records waiting for a key
-- expected: held versions that would be current ≤ :max_held_share of the dataset's records (current records + those held versions)
-- action: Too many records name keys that have not arrived: a reference extract (platforms, deputies, departments, regions) or the suggestions extract is probably missing or late. Deliver it, run `npcwh ingest`, `npcwh transform` and the checks again; see the reference_holds view for the keys.
WITH held AS (
  SELECT dataset, count(*) AS held, min(reason) AS example
  FROM reference_holds WHERE supersedes_current GROUP BY dataset
), current_rows AS (
  SELECT dataset, count(*) AS row_count FROM current_keys GROUP BY dataset
)
SELECT (h.held::DOUBLE / (coalesce(c.row_count, 0) + h.held)) AS observed,
       concat(h.dataset, ': ', h.held, ' of ', coalesce(c.row_count, 0) + h.held, ' record(s) held (',
              round(100 * h.held::DOUBLE / (coalesce(c.row_count, 0) + h.held), 1), ' %), e.g. ', h.example) AS detail
FROM held AS h
LEFT JOIN current_rows AS c USING (dataset)
WHERE h.held::DOUBLE / (coalesce(c.row_count, 0) + h.held) > :max_held_share
ORDER BY h.dataset
