package org.npcwh.checks;

/** The outcome of one check for one period (and of a whole period: PASS or FAIL). */
public enum Outcome {
  PASS,
  FAIL,
  WARN
}
