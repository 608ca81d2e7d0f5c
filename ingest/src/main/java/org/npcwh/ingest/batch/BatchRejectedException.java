package org.npcwh.ingest.batch;

/** A batch does not match its manifest (or has none that can be read): nothing of it is published. */
public final class BatchRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  public BatchRejectedException(String reason) {
    super(reason, null, false, false);
  }
}
