package org.npcwh.core.contract;

/** The manifest's {@code mode}. */
public enum DeliveryMode {
  /** The batch is the complete current content of the dataset. */
  FULL,
  /** The batch holds rows created or changed since the last extract. */
  INCREMENTAL;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
