package org.npcwh.checks;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.metric.Unit;
import org.npcwh.core.period.Period;

/**
 * The values a check query may name. Period values exist only when a period is checked; a check
 * that names none of them is evaluated once for the whole run.
 */
final class CheckParameters {
  private static final Set<String> PERIOD_PARAMETERS =
      Set.of("period", "grain", "period_start", "period_end", "period_end_ts", "previous_period");

  private CheckParameters() {}

  static boolean isPeriodParameter(String name) {
    return PERIOD_PARAMETERS.contains(name);
  }

  /** Values of a run-level check: thresholds, and the catalogue's names the queries compare with. */
  static Map<String, Object> forRun(CheckSettings settings) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("rate_unit", Unit.RATE.name());
    values.put("count_unit", Unit.COUNT.name());
    values.put("city_scope", ScopeType.CITY.name());
    values.put("max_move_share", settings.maxMoveShare());
    values.put("max_stale_days", settings.maxStaleDays());
    values.put("max_held_share", settings.maxHeldShare());
    return values;
  }

  /** Values of a per-period check; {@code period_end_ts} is the period's last second, 23:59:59 of P.end. */
  static Map<String, Object> forPeriod(CheckSettings settings, Period period) {
    Map<String, Object> values = forRun(settings);
    values.put("period", period.label());
    values.put("grain", period.grain().name());
    values.put("period_start", period.start());
    values.put("period_end", period.end());
    values.put("period_end_ts", period.end().atTime(LocalTime.of(23, 59, 59)));
    values.put("previous_period", period.previous().label());
    return values;
  }
}
