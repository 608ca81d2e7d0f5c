package org.npcwh.checks;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.npcwh.core.contract.SourceDataset;

/**
 * How old a source's newest extract may be at the end of a checked period, after dbt's source
 * freshness: past {@code warnAfterDays} the period is published with a WARN, past
 * {@code errorAfterDays} it is not published (FAIL). The age is measured from the newest extract
 * to the period's last second: a limit of 0 days asks for an extract after the period end.
 *
 * @param warnAfterDays days after which a WARN is reported, or null for never
 * @param errorAfterDays days after which the check fails, or null for never
 */
public record Freshness(Integer warnAfterDays, Integer errorAfterDays) {
  /**
   * Default warn limit of reference data ({@code full} datasets), re-sent only when it changes:
   * 180 days, two quarterly reports. Its changes follow yearly cycles (congress sessions,
   * reorganisations of departments and districts, terms of deputies), so months without an
   * extract are normal; half a year without one is worth asking the source's owners about.
   */
  public static final int REFERENCE_WARN_AFTER_DAYS_DEFAULT = 180;
  /** Default error limit of event data ({@code incremental} datasets): an extract after the period end. */
  public static final int EVENT_ERROR_AFTER_DAYS_DEFAULT = 0;

  private static final Pattern LIMIT = Pattern.compile("(warn|error):(none|(\\d{1,5})d)");

  public Freshness {
    requireNotNegative(warnAfterDays, "warn");
    requireNotNegative(errorAfterDays, "error");
  }

  /** The default of a dataset: reference data warns after 180 days and never fails; event data fails after 0 days. */
  public static Freshness defaultFor(SourceDataset dataset) {
    return dataset.isReference() ? new Freshness(REFERENCE_WARN_AFTER_DAYS_DEFAULT, null)
        : new Freshness(null, EVENT_ERROR_AFTER_DAYS_DEFAULT);
  }

  /** Limits to replace, e.g. {@code warn:90d}, {@code error:365d}, {@code warn:none}; a limit not named is kept. */
  public record Change(Map<Level, Integer> limits) {
    public Change {
      limits = Collections.unmodifiableMap(new EnumMap<>(limits));
    }

    /**
     * Parses {@code warn:90d}, {@code error:365d} or both, comma-separated; {@code none} removes a limit.
     *
     * @throws IllegalArgumentException with a message for people when the text is not of that form
     */
    public static Change parse(String text) {
      Map<Level, Integer> limits = new EnumMap<>(Level.class);
      for (String part : text.split(",", -1)) {
        Matcher m = LIMIT.matcher(part.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
          throw new IllegalArgumentException("'" + text + "' is not a freshness limit: write warn:DAYSd,"
              + " error:DAYSd or both comma-separated (e.g. warn:180d,error:365d); none removes a limit");
        }
        Level level = Level.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        if (limits.containsKey(level)) {
          throw new IllegalArgumentException("'" + text + "' names the " + m.group(1) + " limit twice");
        }
        limits.put(level, m.group(3) == null ? null : Integer.valueOf(m.group(3)));
      }
      return new Change(limits);
    }

    Freshness applyTo(Freshness base) {
      return new Freshness(limits.containsKey(Level.WARN) ? limits.get(Level.WARN) : base.warnAfterDays(),
          limits.containsKey(Level.ERROR) ? limits.get(Level.ERROR) : base.errorAfterDays());
    }
  }

  /** The two limits of dbt's source freshness. */
  public enum Level { WARN, ERROR }

  /** As written on the command line and in the settings file, e.g. {@code warn:180d,error:none}. */
  @Override
  public String toString() {
    return "warn:" + days(warnAfterDays) + ",error:" + days(errorAfterDays);
  }

  private static String days(Integer limit) {
    return limit == null ? "none" : limit + "d";
  }

  private static void requireNotNegative(Integer days, String level) {
    if (days != null && days < 0) {
      throw new IllegalArgumentException("the " + level + " limit must be 0 days or more, not " + days);
    }
  }
}
