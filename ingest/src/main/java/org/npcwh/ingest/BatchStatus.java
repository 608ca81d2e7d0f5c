package org.npcwh.ingest;

/** What happened to a batch folder found in the landing zone. */
public enum BatchStatus {
  /** Published to the raw layer in this run (accepted and set-aside rows, ledger entry). */
  INGESTED,
  /** Same files as a batch already ingested under another id: only a ledger entry is published. */
  DUPLICATE,
  /** Already in the raw layer from an earlier run: left untouched. */
  ALREADY_INGESTED,
  /** Its files do not match its manifest, or the manifest is malformed: nothing published, retried next run. */
  REJECTED,
  /** No {@code _manifest.json} yet (still being written): left alone until it has one. */
  SKIPPED_NO_MANIFEST,
  /** A landing folder that is not a contract dataset: left alone. */
  SKIPPED_UNKNOWN_DATASET;

  public boolean isSkipped() {
    return this == SKIPPED_NO_MANIFEST || this == SKIPPED_UNKNOWN_DATASET;
  }
}
