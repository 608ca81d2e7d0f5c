package org.npcwh.app;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --landing DIR}: the landing zone, shared by the commands that read or write it. */
final class LandingOption {
  @Option(names = {"-l", "--landing"}, paramLabel = "DIR",
      description = "The landing zone: <landing>/<dataset>/<batch_id>/ with a _manifest.json each; required"
          + " unless the configuration file sets landing.")
  Path path;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  /** The landing zone, from the command line or the configuration file: one of them must give it. */
  Path dir() {
    return ConfigKey.LANDING.require(spec, path);
  }
}
