package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.reports.Burst;
import org.npcwh.reports.ReportFormat;
import org.npcwh.warehouse.OutputFormat;

/** Enum options are typed and case-insensitive, picocli words a wrong value, and the version is the POM's. */
class TypedOptionsTest {
  @TempDir Path tmp;

  private <T> T parsed(Class<T> command, String... args) {
    return command.cast(Npcwh.newCommandLine().parseArgs(args).subcommand().commandSpec().userObject());
  }

  @Test
  void reportFormatsAndBurstingAreEnumsInAnyCase() {
    ReportCommand report = parsed(ReportCommand.class, "report", "-w", tmp.toString(), "-p", "2023-06",
        "--format", "PDF,xlsx", "--format", "Html", "--by", "District");
    assertThat(report.reports.formats).containsExactly(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.HTML);
    assertThat(report.reports.by).isEqualTo(Burst.DISTRICT);

    ReportCommand defaults = parsed(ReportCommand.class, "report", "-w", tmp.toString(), "-p", "2023-06");
    assertThat(defaults.reports.formats).containsExactly(ReportFormat.PDF);
    assertThat(defaults.reports.by).isEqualTo(Burst.NONE);

    ReportCommand xlsxOnly = parsed(ReportCommand.class, "report", "-w", tmp.toString(), "-p", "2023-06",
        "--format", "xlsx");
    assertThat(xlsxOnly.reports.formats).as("a given format replaces the default").containsExactly(ReportFormat.XLSX);
  }

  @Test
  void queryFormatIsAnEnumInAnyCase() {
    assertThat(parsed(QueryCommand.class, "query", "-w", tmp.toString(), "--format", "Json", "SELECT 1").format)
        .isEqualTo(OutputFormat.JSON);
    assertThat(parsed(QueryCommand.class, "query", "-w", tmp.toString(), "SELECT 1").format)
        .isEqualTo(OutputFormat.TABLE);
  }

  @Test
  void aWrongValueIsAUsageErrorListingTheAcceptedOnes() {
    Cli format = Cli.run("report", "-w", tmp.toString(), "-p", "2023-06", "--format", "pdf,docx");
    assertThat(format.exitCode()).as(format.toString()).isEqualTo(2);
    assertThat(format.err()).contains("--format", "docx", "PDF, XLSX, HTML", "npcwh report --help");

    Cli by = Cli.run("run", "-l", tmp.toString(), "-w", tmp.toString(), "-p", "2023-06", "--by", "street");
    assertThat(by.exitCode()).as(by.toString()).isEqualTo(2);
    assertThat(by.err()).contains("--by", "street", "DISTRICT, DEPARTMENT");

    Cli query = Cli.run("query", "-w", tmp.toString(), "--format", "xml", "SELECT 1");
    assertThat(query.exitCode()).as(query.toString()).isEqualTo(2);
    assertThat(query.err()).contains("--format", "xml", "TABLE, CSV, JSON");
  }

  @Test
  void theVersionIsThePoms() {
    String pom = System.getProperty("npcwh.expected.version");
    assertThat(pom).as("surefire passes the POM's version (app/pom.xml)").isNotBlank();
    Cli cli = Cli.run("--version");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out().strip()).isEqualTo("npcwh " + pom);
  }
}
