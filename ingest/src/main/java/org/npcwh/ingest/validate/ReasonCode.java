package org.npcwh.ingest.validate;

/** Why a row was set aside, in the order the checks run. */
public enum ReasonCode {
  /** The record could not be read as fields (broken quoting, wrong field count, not a JSON object…). */
  MALFORMED_RECORD,
  /** A key or another required field is empty or absent. */
  MISSING_KEY,
  /** A value does not parse as its field's type. */
  BAD_TYPE,
  /** A value is not one of the field's allowed codes. */
  BAD_CODE,
  /** A number lies outside the field's range. */
  OUT_OF_RANGE,
  /**
   * An identifier or code of a dataset with residents' data holds a phone number, ID number or e-mail
   * address: never a real key, and it would be stored in clear (identifiers are not masked).
   */
  PERSONAL_DATA,
  /**
   * A value names a key no ingested batch of the referenced dataset holds yet. Not a reason to set a
   * row aside (contract, "References are judged against the current state"): the row is accepted as
   * pending, and transform holds it until the key exists.
   */
  UNKNOWN_REFERENCE
}
