-- How many rows of `candidate` (the transform's metric_values, a view the driver names) agree with
-- the reference's: same key and grain, values within 1e-9, numerators and denominators equal.
SELECT count(*) FILTER (WHERE t.metric_id IS NOT NULL AND r.metric_id IS NOT NULL AND t.grain = r.grain
         AND (t.value IS NULL AND r.value IS NULL OR abs(t.value - r.value) <= 1e-9)
         AND t.numerator IS NOT DISTINCT FROM r.numerator
         AND t.denominator IS NOT DISTINCT FROM r.denominator) AS agreeing,
       count(*) AS compared
FROM metric_values r
FULL JOIN (SELECT * FROM candidate WHERE period IN (SELECT period FROM periods)) t
  USING (period, metric_id, scope_type, scope_code);
