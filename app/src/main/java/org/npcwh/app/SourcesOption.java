package org.npcwh.app;

import java.nio.file.Path;
import org.npcwh.pull.SourceDefinitions;
import picocli.CommandLine.Option;

/** {@code --sources-dir DIR}: where a source's name finds its definition, for the commands that pull. */
final class SourcesOption {
  @Option(names = "--sources-dir", paramLabel = "DIR",
      description = "The folder of source definitions, <name>.json each (default: $"
          + SourceDefinitions.DIRECTORY_VARIABLE + ", else the configuration file's sources, else ./sources).")
  Path dir = SourceDefinitions.DEFAULT_DIRECTORY;
}
