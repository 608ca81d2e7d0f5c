package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code npcwh completion} prints a bash/zsh script that completes every command, at every depth. */
class CompletionCommandTest {
  @Test
  void theScriptNamesEverySubcommand() {
    Cli cli = Cli.run("completion");

    assertThat(cli.exitCode()).as(cli.toString()).isZero();
    assertThat(cli.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_npcwh");
    List<String> commands = new ArrayList<>();
    collect(Npcwh.newCommandLine(), "", commands);
    assertThat(commands).contains("config show", "completion", "airflow trigger");
    for (String command : commands) {
      // picocli's script has one function per command, e.g. _picocli_npcwh_config_show.
      assertThat(cli.out()).as(command).contains("_picocli_npcwh_" + command.replace(' ', '_').replace('-', '_'));
    }
  }

  private static void collect(CommandLine parent, String prefix, List<String> into) {
    parent.getSubcommands().forEach((name, sub) -> {
      into.add(prefix + name);
      collect(sub, prefix + name + " ", into);
    });
  }
}
