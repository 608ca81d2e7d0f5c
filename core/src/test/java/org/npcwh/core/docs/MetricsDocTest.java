package org.npcwh.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.npcwh.core.metric.Family;

/**
 * {@code docs/contract/metrics.md} shows the catalogue as {@link org.npcwh.core.metric.Metric}
 * declares it. Run with {@code -Dnpcwh.regenerateDocs=true} to rewrite the generated tables instead
 * of comparing them (the command is in the failure message).
 */
class MetricsDocTest {
  private static final Path DOC = Repository.root().resolve("docs/contract/metrics.md");

  @Test
  void theMetricTablesOfTheDocumentAreTheCatalogue() throws IOException {
    String doc = Files.readString(DOC);
    String generated = MetricTables.regenerate(doc);
    if (Boolean.getBoolean("npcwh.regenerateDocs")) {
      Files.writeString(DOC, generated);
      return;
    }
    if (!doc.equals(generated)) {
      fail("docs/contract/metrics.md differs from Metric.java (- in the document, + from the catalogue):%n%s"
          + "Edit Metric.java, not the tables, then regenerate them with:%n  %s",
          lineDiff(doc, generated), MetricTables.REGENERATE);
    }
  }

  @Test
  void everyFamilyHasOneGeneratedTableInCatalogueOrder() throws IOException {
    assertThat(MetricTables.families(Files.readString(DOC)))
        .as("families with a generated table in docs/contract/metrics.md; a new family needs the two lines%n"
            + "%s%n%s", MetricTables.startMarker(Family.COVERAGE), MetricTables.endMarker(Family.COVERAGE))
        .containsExactlyElementsOf(Arrays.stream(Family.values()).map(Enum::name).toList());
  }

  @Test
  void regeneratingReplacesOnlyWhatLiesBetweenTheMarkers() {
    String doc = "# Metrics\nprose stays\n" + MetricTables.startMarker(Family.LIVELIHOOD) + "\n"
        + "| stale | row |\n" + MetricTables.endMarker(Family.LIVELIHOOD) + "\nafter, by hand\n";

    assertThat(MetricTables.regenerate(doc)).isEqualTo("# Metrics\nprose stays\n"
        + MetricTables.startMarker(Family.LIVELIHOOD) + "\n"
        + "| metric_id | name_zh | name_en | unit | scopes | definition |\n"
        + "|---|---|---|---|---|---|\n"
        + "| livelihood_projects_selected | 票决产生民生实事项目数 | Livelihood projects selected | COUNT |"
        + " CITY, DISTRICT | selected projects of the year of P.end (CITY scope: level CITY; DISTRICT scope:"
        + " level DISTRICT of that district), as of P.end |\n"
        + "| livelihood_completion_rate | 民生实事完成率 | Livelihood projects completed | RATE | CITY, DISTRICT"
        + " | of the selected projects, the share with progress_pct = 100 as of P.end |\n"
        + "| livelihood_satisfaction_avg | 民生实事满意度 | Livelihood project satisfaction | SCORE |"
        + " CITY, DISTRICT | of the selected projects, the mean satisfaction_score where not null, as of P.end |\n"
        + MetricTables.endMarker(Family.LIVELIHOOD) + "\nafter, by hand\n");
  }

  @Test
  void aSectionForAFamilyTheCatalogueDoesNotHaveIsRefused() {
    String doc = MetricTables.startMarker(Family.COVERAGE).replace("COVERAGE", "WEATHER") + "\n"
        + "<!-- end of generated family WEATHER -->\n";

    assertThatThrownBy(() -> MetricTables.regenerate(doc))
        .hasMessage("a generated section names family WEATHER, which Family.java does not have");
  }

  /** The lines only one side has, so a failure shows what changed rather than two whole files. */
  private static String lineDiff(String document, String generated) {
    List<String> ours = new ArrayList<>(document.lines().toList());
    List<String> theirs = new ArrayList<>(generated.lines().toList());
    List<String> removed = new ArrayList<>(ours);
    theirs.forEach(removed::remove);
    List<String> added = new ArrayList<>(theirs);
    ours.forEach(added::remove);
    StringBuilder out = new StringBuilder(removed.isEmpty() && added.isEmpty() ? "(the same lines in another order)\n" : "");
    removed.forEach(l -> out.append("- ").append(l).append('\n'));
    added.forEach(l -> out.append("+ ").append(l).append('\n'));
    return out.toString();
  }
}
