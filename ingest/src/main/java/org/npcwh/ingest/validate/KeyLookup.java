package org.npcwh.ingest.validate;

import org.npcwh.core.contract.SourceDataset;

/** Answers whether a dataset holds a key, for reference checks. */
@FunctionalInterface
public interface KeyLookup {
  boolean contains(SourceDataset dataset, String key);
}
