package org.npcwh.app;

import org.npcwh.checks.CheckReport;

/** How a check run ends a command: its summary on standard output, exit 4 when anything failed. */
final class Verdicts {
  private Verdicts() {}

  static int print(CheckReport report) {
    System.out.println(report.summary());
    if (report.hasFailures()) {
      throw report.toUserException();
    }
    return 0;
  }
}
