package org.npcwh.pull;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a pull needs.
 *
 * @param sourceDefinition the source's definition file (see {@link SourceDefinitions#resolve})
 * @param landing the landing zone the batches are written into (created if missing)
 * @param env the environment the credentials are read from (normally {@code System.getenv()})
 */
public record PullSettings(Path sourceDefinition, Path landing, Map<String, String> env) {
  public PullSettings {
    env = Map.copyOf(env);
  }
}
