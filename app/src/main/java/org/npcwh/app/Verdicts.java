package org.npcwh.app;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.npcwh.checks.CheckReport;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;

/**
 * How a command ends once all its stages have run: every failure found reaches the user, and one of them
 * gives the exit code. When checks failed (exit 4) and input was rejected (exit 3) in one run, the run
 * exits 4: a period held back from the release is the more serious state (docs/decisions.md, "Issue 10:
 * picocli idioms, honest demo and exit codes"). Failures print in the order the stages found them.
 */
final class Verdicts {
  /** Most serious first: the exit code a run with several failures ends with. */
  private static final List<ExitCode> SERIOUSNESS = List.of(ExitCode.CHECKS_FAILED, ExitCode.BAD_INPUT);

  private Verdicts() {}

  /** The check run's failure, if any: exit 4. */
  static Optional<UserException> of(CheckReport report) {
    return report.hasFailures() ? Optional.of(report.toUserException()) : Optional.empty();
  }

  /** Exit 0 when nothing failed; otherwise prints all failures but the most serious, and throws that one. */
  @SafeVarargs
  static int end(PrintWriter err, Optional<UserException>... found) {
    List<UserException> failures = Arrays.stream(found).flatMap(Optional::stream).toList();
    if (failures.isEmpty()) {
      return 0;
    }
    UserException worst = failures.stream().min(Comparator.comparingInt(Verdicts::rank)).orElseThrow();
    failures.stream().filter(f -> f != worst).forEach(f -> Npcwh.printError(err, f));
    throw worst;
  }

  private static int rank(UserException failure) {
    int rank = SERIOUSNESS.indexOf(failure.exitCode());
    return rank < 0 ? SERIOUSNESS.size() : rank;
  }
}
