-- Checks of fct_station_resource beyond its key (key_not_null and key_unique are derived from
-- table.properties). Staff and funding come from the station support system as delivered: reported,
-- never blocking (WARN).

-- check: staff_and_funding_not_negative
-- severity: WARN
-- label: 有联络站的人员数或经费为负
-- description: 联络站人员数与经费不为负 / no station has a negative staff count or funding
-- expected: fulltime_liaisons, parttime_liaisons, volunteer_monitors and funding_wan >= 0
-- action: Not an error of the warehouse: ask the station support system's owners to correct the rows named here (station and year); the staffing and funding figures count them as delivered.
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' station year(s) with a negative staff count or funding, e.g. ',
              min(concat(platform_id, ' ', year))) AS detail
FROM fct_station_resource
WHERE fulltime_liaisons < 0 OR parttime_liaisons < 0 OR volunteer_monitors < 0 OR funding_wan < 0
HAVING count(*) > 0

-- check: resources_of_a_station
-- severity: WARN
-- label: 有联络站保障数据填报在非联络站平台上，未计入
-- description: 保障数据只填报联络站 / every station_resources row names a STATION
-- expected: every platform_id of fct_station_resource is a platform of type STATION
-- action: Should not happen: the transform holds a row whose platform is not a STATION (reference_holds), so one here means that hold failed; report it as a bug with the rows named here (the station figures leave them out in any case).
SELECT count(*)::DOUBLE AS observed,
       concat(count(*), ' row(s) for a platform that is not a STATION, e.g. ', min(concat(r.platform_id, ' ', r.year))) AS detail
FROM fct_station_resource AS r
JOIN dim_platform AS p USING (platform_id)
WHERE p.platform_type <> 'STATION'
HAVING count(*) > 0
