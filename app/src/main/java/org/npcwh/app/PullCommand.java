package org.npcwh.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.npcwh.pull.PullJob;
import org.npcwh.pull.PullReport;
import org.npcwh.pull.PullSettings;
import org.npcwh.pull.SourceDefinitions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pull", mixinStandardHelpOptions = true,
    description = {"Pull new and changed rows from an upstream database into the landing zone.",
      "Reads the source definition (a name looks up <name>.json in --sources-dir; a path is used as is), pulls incremental datasets by watermark and full datasets whole, and"
          + " writes contract batches that 'npcwh ingest' then takes. Credentials come from the environment"
          + " or a secrets file, never from the definition."})
final class PullCommand implements Callable<Integer> {
  @Option(names = {"-s", "--source"}, required = true, paramLabel = "NAME",
      description = "The source: a definition name (e.g. liaison) or the path of a definition file.")
  String source;

  @Mixin SourcesOption sources;

  @Mixin LandingOption landing;

  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    terminal.out().println(pull(source, sources.dir, landing.dir(), terminal.progress()).summary());
    return 0;
  }

  static PullReport pull(String source, Path sourcesDir, Path landing, Progress progress) {
    Path definition = SourceDefinitions.resolve(source, sourcesDir);
    return progress.time("pull", () -> new PullJob(new PullSettings(definition, landing, System.getenv()),
        progress.stage("pull")).run());
  }
}
