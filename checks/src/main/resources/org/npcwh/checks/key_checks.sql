-- The key checks every mart with a declared key gets (key= in tables/<table>/table.properties), run
-- once per check run over the view of its candidate files. Transform builds each mart from the
-- current state, one row per key, so a finding is a transform bug: FAIL. KeySql fills {table},
-- {key_names}, {key_values} and {any_key_null} from the declaration.

-- check: key_not_null
-- severity: FAIL
-- description: 主键不为空 / no row of {table} has a null key ({key_names})
-- expected: 0 rows of {table} with a null {key_names}
-- action: Transform builds {table} from the current state, whose keys are never null: run `npcwh transform` again and report it with the table named here if it persists.
SELECT count(*)::DOUBLE AS observed,
       concat('{table}: ', count(*), ' row(s) with a null key ({key_names})') AS detail
FROM {table}
WHERE {any_key_null}
HAVING count(*) > 0

-- check: key_unique
-- severity: FAIL
-- description: 主键唯一 / every key ({key_names}) appears once in {table}
-- expected: 1 row per {key_names} in {table}
-- action: Transform wrote a key twice (often a dimension it joins holds a key twice: see current_state.key_unique): fix that, run `npcwh transform` again, and report it with the key named here if it persists.
WITH repeated AS (
  SELECT array_to_string([{key_values}], ' | ') AS key_text, count(*) AS copies
  FROM {table}
  WHERE NOT {any_key_null}
  GROUP BY ALL
  HAVING count(*) > 1
)
SELECT count(*)::DOUBLE AS observed,
       concat('{table}: ', count(*), ' key(s) appear more than once, e.g. ', min(key_text)) AS detail
FROM repeated
HAVING count(*) > 0
