package org.npcwh.core.contract;

/**
 * How a field carrying residents' personal data is protected before it leaves ingest.
 * Nothing marked here is ever written in clear under the warehouse.
 */
public enum Pii {
  /** Not personal data. */
  NONE,
  /** Replaced by a keyed hash (HMAC-SHA256), stored under {@code <name>_hash}. */
  PSEUDONYMISE,
  /** Free text kept readable with phone and ID numbers masked. */
  MASK_NUMBERS
}
