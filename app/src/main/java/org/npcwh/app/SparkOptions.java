package org.npcwh.app;

import picocli.CommandLine.Option;

/** {@code --master}: where Spark runs. */
final class SparkOptions {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: local[*] inside this process, or what spark-submit set).")
  String master;
}
