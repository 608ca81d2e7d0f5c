package org.npcwh.ingest;

/** A batch's row counts; for an ingested batch rows in = accepted + set aside, always. */
record RowCounts(long rowsIn, long rowsAccepted, long rowsSetAside) {

  static final RowCounts NONE = new RowCounts(0, 0, 0);

  /** @throws IllegalStateException (an internal error, never a user error) when a row went missing */
  RowCounts requireConserved(String batch) {
    if (rowsIn != rowsAccepted + rowsSetAside) {
      throw new IllegalStateException("conservation violated for batch " + batch + ": " + rowsIn + " rows in, "
          + rowsAccepted + " accepted, " + rowsSetAside + " set aside; nothing was published");
    }
    return this;
  }
}
