package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a setting comes from: flag, then environment variable, then the one configuration file (the first of
 * --config, NPCWH_CONFIG, ./npcwh.properties, $XDG_CONFIG_HOME/npcwh/npcwh.properties), then the default,
 * as {@code npcwh config show} prints it and as the commands use it.
 */
class ConfigShowTest {
  @TempDir Path work;
  @TempDir Path home;

  private Path write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private Cli show(Map<String, String> env, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "config";
    args[1] = "show";
    System.arraycopy(options, 0, args, 2, options.length);
    Cli cli = Cli.run(new ConfigFile.Places(env, work, home), args);
    assertThat(cli.exitCode()).as(cli.toString()).isZero();
    return cli;
  }

  /** The row of a key, its columns split on runs of two or more spaces. */
  private static String[] row(Cli cli, String key) {
    return Arrays.stream(cli.out().split("\n")).filter(line -> line.startsWith(key + " "))
        .map(line -> line.split(" {2,}")).findFirst().orElseThrow(() -> new AssertionError(key + " in\n" + cli));
  }

  @Test
  void withoutFileTheDefaultsHoldAndSayWhereTheFileWasLookedFor() {
    Cli cli = show(Map.of());

    assertThat(row(cli, "(file)")).containsExactly("(file)", "(none)",
        "search of ./npcwh.properties then " + home.resolve(".config/npcwh/npcwh.properties"));
    assertThat(row(cli, "warehouse")).containsExactly("warehouse", "(none)", "default");
    assertThat(row(cli, "sources")).containsExactly("sources", "sources", "default");
    assertThat(row(cli, "report.formats")).containsExactly("report.formats", "pdf", "default");
    assertThat(row(cli, "check.max-move")).containsExactly("check.max-move", "0.5", "default");
    assertThat(row(cli, "check.freshness.regions")).containsExactly("check.freshness.regions",
        "warn:180d,error:none", "default");
  }

  @Test
  void flagOverEnvironmentOverFileOverDefault() throws Exception {
    Path file = write(work.resolve("npcwh.properties"), """
        warehouse = /srv/wh
        landing = /srv/landing
        sources = /srv/sources
        report.formats = pdf,xlsx
        check.max-move = 0.3
        """);
    String fromFile = "file " + file;

    Cli cli = show(Map.of("NPCWH_SOURCES_DIR", "/etc/npcwh/sources"), "-w", "/tmp/other", "--format", "html",
        "--max-stale-days", "30");

    assertThat(row(cli, "(file)")).containsExactly("(file)", file.toString(),
        "search of ./npcwh.properties then " + home.resolve(".config/npcwh/npcwh.properties"));
    assertThat(row(cli, "warehouse")).containsExactly("warehouse", "/tmp/other", "flag --warehouse");
    assertThat(row(cli, "landing")).containsExactly("landing", "/srv/landing", fromFile);
    assertThat(row(cli, "sources")).containsExactly("sources", "/etc/npcwh/sources", "environment NPCWH_SOURCES_DIR");
    assertThat(row(cli, "report.formats")).containsExactly("report.formats", "html", "flag --format");
    assertThat(row(cli, "report.by")).containsExactly("report.by", "none", "default");
    assertThat(row(cli, "check.max-move")).containsExactly("check.max-move", "0.3", fromFile);
    assertThat(row(cli, "check.max-stale-days")).containsExactly("check.max-stale-days", "30", "flag --max-stale-days");

    Cli fileOnly = show(Map.of());
    assertThat(row(fileOnly, "warehouse")).containsExactly("warehouse", "/srv/wh", fromFile);
    assertThat(row(fileOnly, "sources")).containsExactly("sources", "/srv/sources", fromFile);
    assertThat(row(fileOnly, "report.formats")).containsExactly("report.formats", "pdf,xlsx", fromFile);
  }

  @Test
  void aValueTheOptionCannotTakeIsReportedAsPicocliReportsTheFlag() throws Exception {
    write(work.resolve("npcwh.properties"), "report.formats = pdf,docx\n");
    Cli cli = Cli.run(new ConfigFile.Places(Map.of(), work, home), "config", "show");
    assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(2);
    assertThat(cli.err()).contains("--format", "docx");
  }

  @Test
  void onlyTheFirstFileFoundIsReadInTheDocumentedOrder() throws Exception {
    write(home.resolve(".config/npcwh/npcwh.properties"), "landing = from-home\n");
    Cli userOnly = show(Map.of());
    assertThat(row(userOnly, "landing")).containsExactly("landing", "from-home",
        "file " + home.resolve(".config/npcwh/npcwh.properties"));

    Path xdg = write(home.resolve("xdg/npcwh/npcwh.properties"), "landing = from-xdg\n");
    assertThat(row(show(Map.of("XDG_CONFIG_HOME", home.resolve("xdg").toString())), "landing"))
        .containsExactly("landing", "from-xdg", "file " + xdg);

    Path local = write(work.resolve("npcwh.properties"), "landing = from-working-directory\n");
    assertThat(row(show(Map.of()), "landing")).containsExactly("landing", "from-working-directory", "file " + local);

    Path named = write(home.resolve("named.properties"), "warehouse = from-variable\n");
    Cli variable = show(Map.of("NPCWH_CONFIG", named.toString()));
    assertThat(row(variable, "(file)")).containsExactly("(file)", named.toString(), "environment NPCWH_CONFIG");
    // One file, not a merge: the working directory's landing is not read once NPCWH_CONFIG names a file.
    assertThat(row(variable, "landing")).containsExactly("landing", "(none)", "default");

    Path given = write(home.resolve("given.properties"), "warehouse = from-flag\n");
    Cli flag = show(Map.of("NPCWH_CONFIG", named.toString()), "--config", given.toString());
    assertThat(row(flag, "(file)")).containsExactly("(file)", given.toString(), "flag --config");
    assertThat(row(flag, "warehouse")).containsExactly("warehouse", "from-flag", "file " + given);
  }

  @Test
  void commandsTakeTheirOptionsFromTheFileAndAskForAMissingOneNamingTheFile() throws Exception {
    Path warehouse = Files.createDirectories(work.resolve("wh"));
    Cli missing = Cli.run(new ConfigFile.Places(Map.of(), work, home), "query", "SELECT 1");
    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option '--warehouse': give it, or set warehouse in the"
        + " configuration file");

    write(work.resolve("npcwh.properties"), "warehouse = " + warehouse + "\n");
    Cli query = Cli.run(new ConfigFile.Places(Map.of(), work, home), "query", "SELECT 1");
    // The warehouse the file names exists but holds no warehouse.duckdb yet: the query names it.
    assertThat(query.toString()).contains(warehouse.toString());
  }

  @Test
  void pullLooksForTheSourceInTheFoldersTheFlagTheEnvironmentOrTheFileName() throws Exception {
    write(work.resolve("npcwh.properties"), "sources = /srv/from-file\nlanding = " + work.resolve("landing") + "\n");
    ConfigFile.Places noVariable = new ConfigFile.Places(Map.of(), work, home);
    ConfigFile.Places variable = new ConfigFile.Places(Map.of("NPCWH_SOURCES_DIR", "/srv/from-variable"), work, home);

    assertThat(Cli.run(noVariable, "pull", "-s", "liaison").err()).contains("/srv/from-file/liaison.json");
    assertThat(Cli.run(variable, "pull", "-s", "liaison").err()).contains("/srv/from-variable/liaison.json");
    Cli flag = Cli.run(variable, "pull", "-s", "liaison", "--sources-dir", "/srv/from-flag");
    assertThat(flag.exitCode()).as(flag.toString()).isEqualTo(3);
    assertThat(flag.err()).contains("There is no source definition 'liaison'", "/srv/from-flag/liaison.json");
  }

  @Test
  void anUnknownKeyOrAMissingNamedFileIsABadInput() throws Exception {
    Path file = write(work.resolve("npcwh.properties"), "report.format = pdf\n");
    Cli unknown = Cli.run(new ConfigFile.Places(Map.of(), work, home), "config", "show");
    assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(3);
    assertThat(unknown.err()).contains(file.toString(), "the key report.format is not a setting",
        "report.formats");

    Cli missing = Cli.run(new ConfigFile.Places(Map.of("NPCWH_CONFIG", "absent.properties"), work, home),
        "config", "show");
    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(3);
    assertThat(missing.err()).contains(work.resolve("absent.properties").toString(), "NPCWH_CONFIG names it");
  }
}
