package org.npcwh.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the command line prints while it works: progress lines on standard error (so standard
 * output holds only results), each prefixed with the stage, and stage timings.
 */
final class Progress {
  private final PrintWriter out;

  /** {@code out} is the command's standard error ({@link Terminal#progress()}). */
  Progress(PrintWriter out) {
    this.out = out;
  }

  Consumer<String> stage(String name) {
    return line -> out.println("[" + name + "] " + line);
  }

  /** Runs one stage, printing its name and how long it took. */
  <T> T time(String name, java.util.function.Supplier<T> work) {
    long start = System.nanoTime();
    out.println("[" + name + "] started");
    T result = work.get();
    out.println("[" + name + "] done in " + since(start));
    return result;
  }

  /** The time since {@code startNanos} (a {@link System#nanoTime()} reading), e.g. {@code 2.5 s}. */
  static String since(long startNanos) {
    Duration d = Duration.ofNanos(System.nanoTime() - startNanos);
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
