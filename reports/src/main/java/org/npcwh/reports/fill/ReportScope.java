package org.npcwh.reports.fill;

import java.util.Objects;
import org.npcwh.core.metric.ScopeType;

/** Whose figures a report shows: the city, one district or one department. */
public record ReportScope(ScopeType type, String code, String name) {
  static final String CITY_NAME = "全市";

  public ReportScope {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  public static ReportScope city() {
    return new ReportScope(ScopeType.CITY, ScopeType.CITY_CODE, CITY_NAME);
  }
}
