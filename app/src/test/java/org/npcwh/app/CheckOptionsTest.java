package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.checks.CheckSettings;
import org.npcwh.checks.Freshness;
import org.npcwh.core.contract.SourceDataset;
import picocli.CommandLine;

/** The checks' settings resolve command line → configuration file → defaults, and say clearly what is wrong. */
class CheckOptionsTest {
  @TempDir Path warehouse;
  @TempDir Path home;

  /** No environment, a working directory and a home of this test's own: no file but the test's is found. */
  private ConfigFile.Places places() {
    return new ConfigFile.Places(Map.of(), home, home);
  }

  private CheckSettings resolve(String... options) {
    CommandLine root = Npcwh.newCommandLine(places());
    List<String> args = new ArrayList<>(List.of("check", "--warehouse", warehouse.toString(), "--period", "2023-01"));
    args.addAll(List.of(options));
    root.parseArgs(args.toArray(String[]::new));
    CommandLine check = root.getSubcommands().get("check");
    CheckCommand command = check.getCommand();
    return command.checks.resolve(check, command.warehouse.dir());
  }

  private void writeSettings(Path file, String text) throws Exception {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void withoutFileOrOptionsTheDefaultsHold() {
    assertThat(resolve()).isEqualTo(CheckSettings.defaults());
  }

  @Test
  void theCommandLineOverridesTheFileWhichOverridesTheDefaults() throws Exception {
    writeSettings(home.resolve("npcwh.properties"), """
        # in the working directory
        check.max-stale-days = 60
        check.freshness.regions = warn:365d,error:400d
        check.freshness.letters = error:3d
        """);

    CheckSettings settings = resolve("--freshness", "regions=warn:90d", "--max-move", "0.25");

    assertThat(settings.freshness(SourceDataset.REGIONS)).isEqualTo(new Freshness(90, 400));
    assertThat(settings.freshness(SourceDataset.LETTERS)).isEqualTo(new Freshness(null, 3));
    assertThat(settings.freshness(SourceDataset.DEPARTMENTS)).isEqualTo(new Freshness(180, null));
    assertThat(settings.maxStaleDays()).isEqualTo(60);
    assertThat(settings.maxMoveShare()).isEqualTo(0.25);
  }

  @Test
  void configNamesAnotherFileInsteadOfTheWorkingDirectorysOne() throws Exception {
    writeSettings(home.resolve("npcwh.properties"), "check.freshness.regions = warn:365d\n");
    Path other = warehouse.resolve("other.properties");
    writeSettings(other, "check.freshness.platforms = warn:none\n");

    CheckSettings settings = resolve("--config", other.toString());

    assertThat(settings.freshness(SourceDataset.PLATFORMS)).isEqualTo(new Freshness(null, null));
    assertThat(settings.freshness(SourceDataset.REGIONS)).isEqualTo(Freshness.defaultFor(SourceDataset.REGIONS));
  }

  @Test
  void aFileLeftInTheWarehouseIsRefusedUnlessItIsTheFileInForce() throws Exception {
    // Where npcwh read the thresholds before the one configuration file: ignoring it would loosen the checks.
    Path own = warehouse.resolve("npcwh.properties");
    writeSettings(own, "check.max-move = 0.1\n");
    Cli refused = Cli.run(places(), "check", "-w", warehouse.toString(), "-p", "2023-01");
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
    assertThat(refused.err()).contains(own.toString(), "no longer reads a configuration file from the warehouse");

    assertThat(resolve("--config", own.toString()).maxMoveShare()).isEqualTo(0.1);
  }

  @Test
  void wrongLimitsOnTheCommandLineAreUsageErrors() {
    Cli dataset = Cli.run("check", "-w", warehouse.toString(), "-p", "2023-01", "--freshness", "regionz=warn:90d");
    assertThat(dataset.exitCode()).as(dataset.toString()).isEqualTo(2);
    assertThat(dataset.err()).contains("'regionz' is not a source dataset: use one of regions, departments");

    Cli limit = Cli.run("check", "-w", warehouse.toString(), "-p", "2023-01", "--freshness", "regions=warn:90");
    assertThat(limit.exitCode()).as(limit.toString()).isEqualTo(2);
    assertThat(limit.err()).contains("'warn:90' is not a freshness limit").contains("warn:180d,error:365d");

    Cli share = Cli.run("check", "-w", warehouse.toString(), "-p", "2023-01", "--max-move", "-1");
    assertThat(share.exitCode()).as(share.toString()).isEqualTo(2);
    assertThat(share.err()).contains("positive number");
  }

  @Test
  void aWrongConfigurationFileIsABadInputNamingFileKeyAndValue() throws Exception {
    Path file = home.resolve("npcwh.properties");
    writeSettings(file, "check.freshness.regions = warn:soon\n");
    Cli value = Cli.run(places(), "check", "-w", warehouse.toString(), "-p", "2023-01");
    assertThat(value.exitCode()).as(value.toString()).isEqualTo(3);
    assertThat(value.err()).contains(file.toString(), "check.freshness.regions = warn:soon is not usable");

    writeSettings(file, "check.max-mvoe = 0.3\n");
    Cli key = Cli.run(places(), "check", "-w", warehouse.toString(), "-p", "2023-01");
    assertThat(key.exitCode()).as(key.toString()).isEqualTo(3);
    assertThat(key.err()).contains("the key check.max-mvoe is not a setting");

    Cli missing = Cli.run("check", "-w", warehouse.toString(), "-p", "2023-01", "--config", "nowhere.properties");
    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(3);
    assertThat(missing.err()).contains("nowhere.properties", "does not exist");
  }

  @Test
  void aPeriodWithoutAnyIngestedEventIsRefusedByCheck() {
    Cli cli = Cli.run("check", "-w", warehouse.toString(), "-p", "2021-06");
    assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(3);
    assertThat(cli.err()).contains("No figures can be computed for 2021-06: the warehouse holds no event yet");
  }
}
