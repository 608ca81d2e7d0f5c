package org.npcwh.core.metric;

/** The kinds of scope a figure is computed for. */
public enum ScopeType {
  /** The whole city; its scope_code is {@code CITY}. */
  CITY,
  /** A district; its scope_code is the district's region_code. */
  DISTRICT,
  /** A department; its scope_code is the department_code. */
  DEPARTMENT;

  /** The scope_code of the single CITY scope. */
  public static final String CITY_CODE = "CITY";
}
