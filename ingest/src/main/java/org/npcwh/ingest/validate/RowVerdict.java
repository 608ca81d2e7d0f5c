package org.npcwh.ingest.validate;

/**
 * The outcome of checking one record: either its typed values (one per contract field, in contract
 * order, personal data not yet protected) or the first failed check.
 */
public record RowVerdict(Object[] typedValues, ReasonCode reasonCode, String field, String reason) {

  static RowVerdict accepted(Object[] typedValues) {
    return new RowVerdict(typedValues, null, null, null);
  }

  public static RowVerdict setAside(ReasonCode code, String field, String reason) {
    return new RowVerdict(null, code, field, reason);
  }

  public boolean isAccepted() {
    return reasonCode == null;
  }
}
