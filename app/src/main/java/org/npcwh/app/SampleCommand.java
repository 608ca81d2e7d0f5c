package org.npcwh.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.npcwh.core.error.Errors;
import org.npcwh.samples.SampleGenerator;
import org.npcwh.samples.SampleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sample", mixinStandardHelpOptions = true,
    description = {"Write the calibrated Shenzhen sample landing zone (2022-01 to 2023-06).",
      "Deterministic: the same seed and scale give the same bytes. --scale multiplies the event volumes"
          + " (for benchmarks)."})
final class SampleCommand implements Callable<Integer> {
  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The landing zone to write.")
  Path out;

  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = SampleGenerator.DEFAULT_SEED;

  @Option(names = "--scale", description = "Volume multiplier for event data (default: ${DEFAULT-VALUE}).")
  double scale = 1.0;

  @Mixin Terminal terminal;

  @Override
  public Integer call() {
    terminal.out().println(write(out, seed, scale, terminal.progress()));
    return 0;
  }

  static SampleSummary write(Path out, long seed, double scale, Progress progress) {
    try {
      return progress.time("sample", () -> {
        try {
          return new SampleGenerator(seed, scale).generate(out, progress.stage("sample"));
        } catch (IOException e) {
          throw Errors.unwritable(out, e);
        }
      });
    } catch (IllegalArgumentException e) {
      throw Errors.badInput("Cannot generate the sample", e.getMessage(), "Check --seed and --scale");
    }
  }
}
