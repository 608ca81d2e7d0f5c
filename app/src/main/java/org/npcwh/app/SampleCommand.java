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
      "Deterministic: the same seed and scale give the same bytes. Below --scale 1.5 the world is Shenzhen"
          + " and the scale multiplies its events; from 1.5 on, the world grows to round(scale) Shenzhen-sized"
          + " cities, each with its deputies, platforms and events (8: about a province, 80: about the country)."})
final class SampleCommand implements Callable<Integer> {
  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The landing zone to write.")
  Path out;

  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = SampleGenerator.DEFAULT_SEED;

  @Option(names = "--scale",
      description = "Size multiplier: of the events below 1.5, of the world and its events from 1.5"
          + " (default: ${DEFAULT-VALUE}).")
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
