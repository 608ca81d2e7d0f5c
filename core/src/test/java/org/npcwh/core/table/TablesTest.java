package org.npcwh.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;

/** Every home tables/<table>/ parses, documents every column Chinese first and names real contract fields. */
class TablesTest {
  @Test
  void everyHomeParsesInCreationOrder() {
    List<String> names = Tables.all().stream().map(PublishedTable::name).toList();

    assertThat(names).hasSize(35).doesNotHaveDuplicates().startsWith("dim_department", "dim_deputy", "dim_draft")
        .endsWith("check_results_latest", "ingest_ledger_admission", "metric_values_labelled", "source_freshness");
    assertThat(Tables.all()).isSortedAccordingTo(
        Comparator.comparing(PublishedTable::source).thenComparing(PublishedTable::name));
    assertThat(Tables.all()).allSatisfy(t -> {
      assertThat(t.columns()).as(t.name()).isNotEmpty();
      assertThat(t.grain()).as(t.name()).isNotBlank();
      assertThat(t.builtBy()).as(t.name()).isNotBlank();
      assertThat(t.comment()).as(t.name()).contains(" / ");
      assertThat(t.columnNames()).as(t.name()).containsAll(t.key()).doesNotHaveDuplicates();
    });
  }

  @Test
  void homesAreListedFromAJarAsFromAFolder(@TempDir Path tmp) throws IOException {
    Path jar = tmp.resolve("app.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (String entry : List.of("org/npcwh/tables/", "org/npcwh/tables/fct_b/", "org/npcwh/tables/fct_b/schema.tsv",
          "org/npcwh/tables/dim_a/", "org/npcwh/tables/dim_a/schema.tsv", "org/npcwh/tables/README.txt")) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.closeEntry();
      }
    }
    try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of())) {
      assertThat(HomeFolders.names(fs.getPath("/org/npcwh/tables/"))).containsExactly("dim_a", "fct_b");
    }
  }

  @Test
  void everyColumnIsDocumentedChineseFirstAndTypedUnlessAViewComputesIt() {
    List<String> undocumented = Tables.all().stream().flatMap(t -> t.columns().stream()
        .filter(c -> !c.comment().matches("\\p{IsHan}.* / [A-Za-z0-9].*")).map(c -> t.name() + "." + c.name())).toList();
    List<String> untyped = Tables.all().stream().flatMap(t -> t.columns().stream()
        .filter(c -> c.duckdbType().isPresent() != t.readsFiles()).map(c -> t.name() + "." + c.name())).toList();

    assertThat(undocumented).isEmpty();
    assertThat(untyped).isEmpty();
  }

  @Test
  void aContractColumnTakesItsTypeAndEnglishFromTheField() {
    TableColumn score = Tables.get("fct_evaluation").column("score").orElseThrow();

    assertThat(score.dataset()).contains(SourceDataset.EVALUATIONS);
    assertThat(score.field()).isEqualTo(SourceDataset.EVALUATIONS.field("score"));
    assertThat(score.type()).isEqualTo("BIGINT");
    assertThat(score.comment()).isEqualTo("百分制得分 / source field evaluations.score (whole number; 0 to 100)");
    assertThat(score.castExpression()).isEqualTo("CAST(score AS BIGINT) AS score");
  }

  @Test
  void aViewColumnCanReuseTheCommentOfTheColumnItPassesOn() {
    assertThat(Tables.get("check_results_latest").column("outcome").orElseThrow().comment())
        .isEqualTo(Tables.get("check_results").column("outcome").orElseThrow().comment());
  }

  @Test
  void derivedViewsHaveTheirSqlAndViewsOverFilesAnEmptyStandIn() {
    assertThat(Tables.all()).filteredOn(t -> !t.readsFiles()).allSatisfy(t -> assertThat(t.viewSql()).isPresent());
    assertThat(TableViews.derived(Tables.get("check_results_latest"))).contains("FROM check_results", "QUALIFY");
    assertThat(TableViews.empty(Tables.get("dim_draft")))
        .contains("CAST(NULL AS VARCHAR) AS draft_id").contains("LIMIT 0");
    assertThat(TableViews.overFiles(Tables.get("set_aside"), "marts/set_aside/*.parquet", java.util.Set.of("dataset")))
        .contains("CAST(dataset AS VARCHAR) AS dataset", "CAST(NULL AS VARCHAR) AS raw_text",
            "read_parquet('marts/set_aside/*.parquet'", "'regions'");
  }
}
