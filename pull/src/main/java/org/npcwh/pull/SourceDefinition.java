package org.npcwh.pull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One upstream database and the contract datasets pulled from it, as its definition file says.
 *
 * @param name the source's name: used in batch ids, messages and the pull state's file name
 * @param file the definition file it was read from
 * @param jdbcUrl the JDBC URL, without credentials
 * @param credentials where the user name and password come from
 * @param overlap how far before the last watermark an incremental pull starts again, for rows the
 *     source committed late (their updated_at lies before the watermark)
 * @param fetchSize how many rows the driver fetches per round trip (the memory bound of a pull)
 * @param datasets the datasets, in contract order
 */
public record SourceDefinition(
    String name,
    Path file,
    String jdbcUrl,
    CredentialSource credentials,
    Duration overlap,
    int fetchSize,
    List<DatasetDefinition> datasets) {

  public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(10);
  public static final int DEFAULT_FETCH_SIZE = 5_000;

  public SourceDefinition {
    datasets = List.copyOf(datasets);
  }
}
