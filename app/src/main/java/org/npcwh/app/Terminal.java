package org.npcwh.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The writers of the command line a command runs in: results on {@code out}, progress and errors on
 * {@code err}. Every command prints through them, never through {@code System.out}, so whoever runs
 * the command line (a test, another program) captures its output with {@code setOut}/{@code setErr}.
 * A mixin whose commands need the writers too (the airflow subcommands' target) extends it.
 */
@Command // no options of its own: picocli takes a class as a mixin only with an annotation
class Terminal {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  CommandLine commandLine() {
    return spec.commandLine();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Progress lines of this command, on its standard error, with bars where {@code npcwh} draws them. */
  Progress progress() {
    return new Progress(err(), spec.root().userObject() instanceof Npcwh npcwh && npcwh.barsOnStderr());
  }
}
