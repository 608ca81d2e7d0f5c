package org.npcwh.ingest.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Streams the records of one delivered file. */
public interface RecordReader extends Closeable {

  /** The column names of the file's header row, or empty when the format has none. */
  Optional<List<String>> header();

  /** The next record, or null at the end of the file. */
  SourceRecord next() throws IOException;

  /** Writes field values back in this file's format (used to rebuild a record with personal data masked). */
  String render(Map<String, String> values);
}
