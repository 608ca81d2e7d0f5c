package org.npcwh.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.UserException;

class SourceDefinitionsTest {
  private static final Path EXAMPLE = Path.of("src/main/resources/examples/liaison.json");

  @TempDir Path dir;

  @Test
  void theCommittedExampleReadsWithItsDefaultsAndMappings() {
    SourceDefinition liaison = SourceDefinitions.read(EXAMPLE);

    assertThat(liaison.name()).isEqualTo("liaison");
    assertThat(liaison.overlap()).isEqualTo(Duration.ofMinutes(10));
    assertThat(liaison.fetchSize()).isEqualTo(5000);
    assertThat(liaison.credentials()).isEqualTo(new CredentialSource(null, "NPCWH_LIAISON_USER",
        "NPCWH_LIAISON_PASSWORD", null));
    assertThat(liaison.datasets()).extracting(DatasetDefinition::dataset).as("contract order").containsExactly(
        SourceDataset.REGIONS, SourceDataset.DEPARTMENTS, SourceDataset.PLATFORMS, SourceDataset.PLATFORM_COVERAGE,
        SourceDataset.DEPUTIES, SourceDataset.ACTIVITIES, SourceDataset.DUTY_ROSTER, SourceDataset.MESSAGES,
        SourceDataset.LETTERS);
    DatasetDefinition messages = liaison.datasets().get(7);
    assertThat(messages.keyColumns()).containsExactly("id");
    assertThat(messages.updatedAtColumn()).isEqualTo("modified_at");
    assertThat(messages.columns()).containsEntry("content", "content").hasSize(12);
    DatasetDefinition regions = liaison.datasets().get(0);
    assertThat(regions.mode()).isEqualTo(DeliveryMode.FULL);
    assertThat(regions.updatedAtColumn()).isNull();
    assertThat(liaison.datasets().get(6).keyColumns()).containsExactly("deputy_id", "duty_date");
  }

  @Test
  void aSourceIsFoundByNameInTheDefinitionsFolderOrByPath() throws Exception {
    Path file = Files.writeString(dir.resolve("suggestion.json"), "{}");
    assertThat(SourceDefinitions.resolve("suggestion", dir)).isEqualTo(file);
    assertThat(SourceDefinitions.resolve(file.toString(), Path.of("elsewhere"))).isEqualTo(file);
    assertThat(SourceDefinitions.definitionsDir(Map.of())).isEqualTo(Path.of("sources"));
    assertThat(SourceDefinitions.definitionsDir(Map.of("NPCWH_SOURCES_DIR", "/etc/npcwh/sources")))
        .isEqualTo(Path.of("/etc/npcwh/sources"));
    assertThatThrownBy(() -> SourceDefinitions.resolve("livelihood", dir)).isInstanceOf(UserException.class)
        .hasMessageContaining("There is no source definition 'livelihood'").hasMessageContaining("NPCWH_SOURCES_DIR");
  }

  @Test
  void aTrailingSemicolonOfAQueryIsDropped() throws Exception {
    SourceDefinition source = read("""
        {"jdbc_url": "jdbc:postgresql://h/db", "user": "reader", "password_env": "P",
         "datasets": {"drafts": {"query": "SELECT * FROM draft ;  "}}}""");
    assertThat(source.datasets().get(0).query()).isEqualTo("SELECT * FROM draft");
    assertThat(source.datasets().get(0).mode()).isEqualTo(DeliveryMode.INCREMENTAL);
  }

  @Test
  void mistakesAreNamedWithWhatToWriteInstead() {
    String start = "{\"jdbc_url\": \"jdbc:postgresql://h/db\", \"user\": \"reader\", \"password_env\": \"P\", ";
    List.of(
        List.of("{\"jdbc_url\": \"jdbc:postgresql://h/db?password=hunter22\", \"user\": \"u\", \"password_env\": \"P\","
            + " \"datasets\": {}}", "jdbc_url carries a password (jdbc:postgresql://h/db?password=****)"),
        List.of(start + "\"datasets\": {\"petitions\": {\"table\": \"t\"}}}",
            "\"petitions\" is not a dataset of the source contract"),
        List.of(start + "\"datasets\": {\"letters\": {\"tabel\": \"t\"}}}",
            "dataset letters has the unknown key \"tabel\""),
        List.of(start + "\"datasets\": {\"letters\": {\"table\": \"t\", \"query\": \"SELECT 1\"}}}",
            "must give exactly one of table and query"),
        List.of(start + "\"datasets\": {\"letters\": {\"table\": \"t; DROP TABLE x\"}}}",
            "which is not [schema.]name"),
        List.of(start + "\"datasets\": {\"regions\": {\"table\": \"t\", \"mode\": \"incremental\"}}}",
            "dataset regions is incremental but has no updated_at column"),
        List.of(start + "\"datasets\": {\"letters\": {\"table\": \"t\", \"columns\": {\"rating\": \"r\"}}}}",
            "maps \"rating\", which is not one of its contract fields"),
        List.of(start + "\"overlap_minutes\": -5, \"datasets\": {\"letters\": {\"table\": \"t\"}}}",
            "\"overlap_minutes\" is not a whole number of at least 0"),
        List.of("{\"jdbc_url\": \"jdbc:postgresql://h/db\", \"user\": \"u\", \"datasets\": {}}",
            "exactly one of password_env and secrets_file"),
        List.of("{\"jdbc_url\": \"jdbc:postgresql://h/db\",", "it is not valid JSON"))
        .forEach(c -> assertThatThrownBy(() -> read(c.get(0))).as(c.get(1)).isInstanceOf(UserException.class)
            .hasMessageContaining("The source definition").hasMessageContaining(c.get(1))
            .hasMessageNotContaining("hunter22"));
  }

  private SourceDefinition read(String json) throws Exception {
    return SourceDefinitions.read(Files.writeString(dir.resolve("liaison.json"), json));
  }
}
