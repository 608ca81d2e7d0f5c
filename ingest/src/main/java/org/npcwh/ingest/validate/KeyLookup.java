package org.npcwh.ingest.validate;

import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;

/** Answers whether a dataset holds a key, for reference checks. */
@FunctionalInterface
public interface KeyLookup {
  /**
   * @param kind the kind of row the key must name ({@link Field#referencedKind()}), or null for any row
   */
  boolean contains(SourceDataset dataset, Field.Kind kind, String key);
}
