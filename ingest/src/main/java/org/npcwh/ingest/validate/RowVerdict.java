package org.npcwh.ingest.validate;

/**
 * The outcome of checking one record: either its typed values (one per contract field, in contract
 * order, personal data not yet protected) or the first failed check. A record whose only fault is a
 * reference to a key not ingested yet is accepted with that fault as its {@link #pendingReference()}:
 * transform judges references against the current state at every run.
 */
public record RowVerdict(Object[] typedValues, ReasonCode reasonCode, String field, String reason) {

  static RowVerdict accepted(Object[] typedValues) {
    return new RowVerdict(typedValues, null, null, null);
  }

  static RowVerdict pending(Object[] typedValues, RowVerdict unknownReference) {
    return new RowVerdict(typedValues, ReasonCode.UNKNOWN_REFERENCE, unknownReference.field(),
        unknownReference.reason());
  }

  public static RowVerdict setAside(ReasonCode code, String field, String reason) {
    return new RowVerdict(null, code, field, reason);
  }

  public boolean isAccepted() {
    return typedValues != null;
  }

  /** Why an accepted row waits for a key ({@code platform_id "P9" is not a known platforms key}), or null. */
  public String pendingReference() {
    return isAccepted() ? reason : null;
  }
}
