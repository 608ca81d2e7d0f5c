package org.npcwh.ingest;

/**
 * A batch's row counts; for an ingested batch rows in = accepted + set aside, always. Pending rows
 * are accepted rows that named a key not ingested yet.
 */
record RowCounts(long rowsIn, long rowsAccepted, long rowsSetAside, long rowsPending) {

  /** @throws IllegalStateException (an internal error, never a user error) when a row went missing */
  RowCounts requireConserved(String batch) {
    if (rowsIn != rowsAccepted + rowsSetAside || rowsPending < 0 || rowsPending > rowsAccepted) {
      throw new IllegalStateException("conservation violated for batch " + batch + ": " + rowsIn + " rows in, "
          + rowsAccepted + " accepted (" + rowsPending + " pending), " + rowsSetAside
          + " set aside; nothing was published");
    }
    return this;
  }
}
