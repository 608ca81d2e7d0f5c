package org.npcwh.core.contract;

/** The value types of the source contract ({@code docs/contract/sources.md}: str, int, dec, bool, date, ts, list). */
public enum FieldType {
  /** A string, kept as delivered. */
  STR,
  /** A whole number (64-bit). */
  INT,
  /** A decimal number, kept as DECIMAL(18,4). */
  DEC,
  /** {@code true} or {@code false}. */
  BOOL,
  /** A local date {@code YYYY-MM-DD}. */
  DATE,
  /** A local China time {@code YYYY-MM-DD HH:MM:SS}, stored without a zone (timestamp_ntz). */
  TS,
  /** A {@code ;}-separated list of strings. */
  LIST
}
