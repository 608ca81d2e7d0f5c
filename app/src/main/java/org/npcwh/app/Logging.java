package org.npcwh.app;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** Quiet logs by default (log4j2.properties); {@code --verbose} shows what the libraries say. */
final class Logging {
  private static volatile boolean verbose;

  private Logging() {}

  static void setVerbose(boolean on) {
    verbose = on;
    if (on) {
      Configurator.setRootLevel(Level.INFO);
      Configurator.setLevel("org.npcwh", Level.DEBUG);
    }
  }

  static boolean isVerbose() {
    return verbose;
  }
}
