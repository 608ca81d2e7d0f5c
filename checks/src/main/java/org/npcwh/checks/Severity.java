package org.npcwh.checks;

/** What a failing check does: FAIL stops publication of the period, WARN is only reported. */
public enum Severity {
  FAIL,
  WARN
}
