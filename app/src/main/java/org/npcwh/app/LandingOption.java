package org.npcwh.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --landing DIR}: the landing zone, shared by the commands that read or write it. */
final class LandingOption {
  @Option(names = {"-l", "--landing"}, required = true, paramLabel = "DIR",
      description = "The landing zone: <landing>/<dataset>/<batch_id>/ with a _manifest.json each.")
  Path path;
}
