-- Checks of fct_letter beyond its key (key_not_null and key_unique are derived from table.properties).
-- The dates come from the source system as delivered: a wrong one is reported, never blocking (WARN).

-- check: answered_not_before_sent
-- severity: WARN
-- label: 有联系函的答复日期早于发函日期
-- description: 答复日期不早于发函日期 / no letter is answered before it was sent
-- expected: answered_on >= sent_on and days_to_answer >= 0 for every answered letter
-- action: Not an error of the warehouse: ask the letters system's owners to correct sent_at or answered_at of the letters named here; until then they count with a negative answer time.
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' letter(s) answered before sent, e.g. ', min(letter_id)) AS detail
FROM fct_letter
WHERE answered_on < sent_on OR days_to_answer < 0
HAVING count(*) > 0
