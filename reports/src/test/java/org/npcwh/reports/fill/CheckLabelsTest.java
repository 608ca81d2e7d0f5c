package org.npcwh.reports.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CheckLabelsTest {
  /** The checks module's catalogue, read as text: the reports module has no dependency on that module. */
  private static final Path CHECK_CATALOGUE =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolveSibling("tables");
  private static final Pattern WARN_CHECK =
      Pattern.compile("^-- check: (\\S+)\\s*\\R-- severity: WARN\\s*$", Pattern.MULTILINE);

  @Test
  void namesACheckByLabelAndIdStoredBareOrQualified() {
    assertThat(CheckLabels.describe("metric_values", "city_move_within_share"))
        .isEqualTo("全市指标环比变动过大\ncity_move_within_share");
    assertThat(CheckLabels.describe("metric_values", "metric_values.city_move_within_share"))
        .isEqualTo("全市指标环比变动过大\nmetric_values.city_move_within_share");
    assertThat(CheckLabels.describe("metric_values", "some_new_check")).isEqualTo("some_new_check");
  }

  @Test
  void everyWarnCheckOfTheCatalogueHasALabelAndNoLabelIsStale() throws IOException {
    assertThat(CHECK_CATALOGUE).isDirectory();
    assertThat(CheckLabels.all().keySet()).containsExactlyInAnyOrderElementsOf(warnChecks());
  }

  private static List<String> warnChecks() throws IOException {
    List<String> ids = new ArrayList<>();
    try (Stream<Path> tables = Files.list(CHECK_CATALOGUE)) {
      for (Path table : tables.sorted().toList()) {
        Path checks = table.resolve("checks.sql");
        if (Files.isRegularFile(checks)) {
          Matcher m = WARN_CHECK.matcher(Files.readString(checks, StandardCharsets.UTF_8));
          while (m.find()) {
            ids.add(table.getFileName() + "." + m.group(1));
          }
        }
      }
    }
    return ids;
  }
}
