-- Names are looked up, never required: a figure whose metric, district or department is missing
-- from the catalogue or the dimensions still shows, with null labels.
SELECT figures.period,
       figures.grain,
       figures.metric_id,
       catalog.name_zh,
       catalog.name_en,
       catalog.family,
       catalog.family_zh,
       catalog.unit,
       units.suffix_zh AS unit_suffix_zh,
       figures.scope_type,
       figures.scope_code,
       CASE figures.scope_type
         WHEN 'CITY' THEN '全市'
         WHEN 'DISTRICT' THEN regions.name
         WHEN 'DEPARTMENT' THEN departments.name
       END AS scope_name,
       figures.value,
       figures.numerator,
       figures.denominator
FROM metric_values AS figures
LEFT JOIN (SELECT metric_id, any_value(name_zh) AS name_zh, any_value(name_en) AS name_en,
                  any_value(family) AS family, any_value(family_zh) AS family_zh, any_value(unit) AS unit
           FROM metric_catalog GROUP BY metric_id) AS catalog
  ON catalog.metric_id = figures.metric_id
LEFT JOIN (VALUES ${unit_suffixes}) AS units(unit, suffix_zh)
  ON units.unit = catalog.unit
LEFT JOIN (SELECT region_code, any_value(name) AS name FROM dim_region GROUP BY region_code) AS regions
  ON figures.scope_type = 'DISTRICT' AND regions.region_code = figures.scope_code
LEFT JOIN (SELECT department_code, any_value(name) AS name FROM dim_department GROUP BY department_code) AS departments
  ON figures.scope_type = 'DEPARTMENT' AND departments.department_code = figures.scope_code
