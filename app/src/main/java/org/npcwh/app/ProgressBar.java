package org.npcwh.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The progress bar a terminal shows for a stage that counts its work, as a pure function of the
 * counts, and whether standard error is a terminal that can redraw it. Kept apart from
 * {@link Progress} so that what the bar says can be tested without a terminal.
 */
final class ProgressBar {
  static final int WIDTH = 24;

  private ProgressBar() {}

  /**
   * e.g. {@code [ingest] [#########...............] 12/30  40%  ETA 0:15}: the time left is the time
   * per unit so far times the units left, unknown ({@code ETA -:--}) before the first unit is done.
   */
  static String render(String stage, int done, int total, Duration elapsed) {
    int shownTotal = Math.max(total, 1);
    int shownDone = Math.max(0, Math.min(done, shownTotal));
    int filled = shownDone * WIDTH / shownTotal;
    String eta = shownDone == 0 ? "-:--" : clock(elapsed.multipliedBy(shownTotal - shownDone).dividedBy(shownDone));
    return String.format(Locale.ROOT, "[%s] [%s%s] %d/%d %3d%%  ETA %s", stage, "#".repeat(filled),
        ".".repeat(WIDTH - filled), shownDone, total, shownDone * 100 / shownTotal, eta);
  }

  /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
  static String clock(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** Whether this process's standard error is a terminal that can redraw a line. */
  static boolean stderrIsTerminal() {
    return isTerminal(System.console() != null, System.getenv("TERM"), stderrTarget());
  }

  /**
   * A console (standard input and output are a terminal), a TERM that is not {@code dumb}, and standard
   * error not sent elsewhere: where the system tells (Linux), its target must be a terminal device,
   * so that {@code npcwh ingest … 2>ingest.log} writes plain lines even when typed at a terminal.
   */
  static boolean isTerminal(boolean console, String term, Optional<Path> stderrTarget) {
    boolean redrawable = term != null && !term.isBlank() && !term.equals("dumb");
    boolean device = stderrTarget.map(t -> t.startsWith("/dev/pts") || t.toString().startsWith("/dev/tty"))
        .orElse(true);
    return console && redrawable && device;
  }

  private static Optional<Path> stderrTarget() {
    try {
      return Optional.of(Files.readSymbolicLink(Path.of("/proc/self/fd/2")));
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty(); // not Linux: the console and TERM decide alone
    }
  }
}
