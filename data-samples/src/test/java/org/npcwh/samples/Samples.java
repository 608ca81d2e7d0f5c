package org.npcwh.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Generated samples shared by the test classes of one JVM: each (seed, scale) is generated once. */
final class Samples {
  private static final Map<String, Path> GENERATED = new HashMap<>();

  private Samples() {}

  static synchronized Path generated(long seed, double scale) {
    return GENERATED.computeIfAbsent(seed + "@" + scale, k -> generate(seed, scale));
  }

  static Path generate(long seed, double scale) {
    try {
      Path dir = Files.createTempDirectory("npcwh-sample-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      new SampleGenerator(seed, scale).generate(dir.resolve("landing"), line -> { });
      return dir.resolve("landing");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
