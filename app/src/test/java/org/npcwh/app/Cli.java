package org.npcwh.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real {@code npcwh} command line in this JVM and captures what it prints through its writers. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    return run(ConfigFile.Places.ofThisProcess(), args);
  }

  /** With the configuration file and environment variables looked for in {@code places}, not this process's. */
  static Cli run(ConfigFile.Places places, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine commandLine = Npcwh.newCommandLine(places);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
