package org.npcwh.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Supplier;
import org.npcwh.core.progress.StageProgress;

/**
 * What the command line prints while it works: progress lines on standard error (so standard
 * output holds only results), each prefixed with the stage, and stage timings. On a terminal a
 * stage that counts its work (ingest's batches, transform's steps) also keeps a bar on the last
 * line, redrawn in place; elsewhere (tests, Airflow, files) the output is the lines alone.
 */
final class Progress {
  private final PrintWriter out;
  private final boolean bars;
  /** The bar on the screen's last line, or empty: a line printed meanwhile goes above it. */
  private String bar = "";

  /** {@code out} is the command's standard error ({@link Terminal#progress()}). */
  Progress(PrintWriter out, boolean bars) {
    this.out = out;
    this.bars = bars;
  }

  StageProgress stage(String name) {
    long start = System.nanoTime();
    return new StageProgress() {
      @Override
      public void accept(String line) {
        println("[" + name + "] " + line);
      }

      @Override
      public void advanced(int done, int total) {
        if (bars) {
          draw(ProgressBar.render(name, done, total, Duration.ofNanos(System.nanoTime() - start)));
        }
      }
    };
  }

  /** Runs one stage, printing its name and how long it took. */
  <T> T time(String name, Supplier<T> work) {
    long start = System.nanoTime();
    println("[" + name + "] started");
    T result;
    try {
      result = work.get();
    } finally {
      draw("");
    }
    println("[" + name + "] done in " + since(start));
    return result;
  }

  private void println(String line) {
    String shown = bar;
    draw("");
    out.println(line);
    draw(shown);
  }

  /** Replaces the bar on the last line; a carriage return and blanks wipe it, so nothing of it stays. */
  private void draw(String next) {
    if (bar.equals(next)) {
      return;
    }
    if (!bar.isEmpty()) {
      out.print("\r" + " ".repeat(bar.length()) + "\r");
    }
    out.print(next);
    out.flush();
    bar = next;
  }

  /** The time since {@code startNanos} (a {@link System#nanoTime()} reading), e.g. {@code 2.5 s}. */
  static String since(long startNanos) {
    Duration d = Duration.ofNanos(System.nanoTime() - startNanos);
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
