package org.npcwh.ingest.source;

import java.util.Map;

/**
 * One record of a delivered file.
 *
 * @param line the 1-based line of the file where the record starts
 * @param values field name to value (null for an empty or absent value), in delivery order; null when
 *     the record could not be split into fields
 * @param rawText the record's text as delivered, without its line break
 * @param malformedReason why the record could not be read as fields, or null when it could
 */
public record SourceRecord(long line, Map<String, String> values, String rawText, String malformedReason) {

  public static SourceRecord parsed(long line, Map<String, String> values, String rawText) {
    return new SourceRecord(line, values, rawText, null);
  }

  public static SourceRecord malformed(long line, String rawText, String reason) {
    return new SourceRecord(line, null, rawText, reason);
  }

  public boolean isMalformed() {
    return malformedReason != null;
  }
}
