package org.npcwh.transform.conform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.table.PublishedTable;
import org.npcwh.core.table.TableColumn;
import org.npcwh.core.table.TableSource;
import org.npcwh.core.table.Tables;
import org.npcwh.transform.current.CurrentState;
import org.npcwh.transform.metrics.MetricCatalog;
import org.npcwh.transform.testing.CityFixture;
import org.npcwh.transform.testing.SharedSpark;

/** Every mart transform writes has the columns and types its home tables/<table>/schema.tsv declares. */
class MartSchemaTest {
  private static Map<String, Dataset<Row>> marts;

  @BeforeAll
  static void build() {
    marts = ConformedModel.of(CurrentState.of(CityFixture.create().build(SharedSpark.get()))).marts();
  }

  @Test
  void everyMartHomeIsBuiltAndNothingElseIsPublished() {
    List<String> homes = Tables.all().stream().filter(t -> t.source() == TableSource.MART)
        .map(PublishedTable::name).filter(name -> !name.equals("metric_catalog")).toList();

    assertThat(marts.keySet()).containsExactlyElementsOf(homes);
  }

  @Test
  void everyMartHasItsDeclaredColumnsInOrderWithTheirTypes() {
    marts.forEach((name, rows) -> assertMatchesHome(Tables.get(name), rows));
    assertMatchesHome(Tables.get("metric_catalog"),
        DeclaredColumns.select(Tables.get("metric_catalog"), MetricCatalog.of(SharedSpark.get())));
  }

  @Test
  void aDeclaredColumnTransformDoesNotBuildStopsTheWrite() {
    Dataset<Row> withoutDeadline = marts.get("fct_letter").drop("deadline_on");

    assertThatThrownBy(() -> DeclaredColumns.select(Tables.get("fct_letter"), withoutDeadline))
        .hasMessageContaining("fct_letter").hasMessageContaining("[deadline_on]");
  }

  private static void assertMatchesHome(PublishedTable home, Dataset<Row> rows) {
    assertThat(rows.columns()).as(home.name()).containsExactlyElementsOf(home.columnNames());
    List<String> sparkTypes = Arrays.stream(rows.schema().fields()).map(StructField::dataType)
        .map(MartSchemaTest::duckDb).toList();
    assertThat(sparkTypes).as(home.name() + " types")
        .containsExactlyElementsOf(home.columns().stream().map(TableColumn::type).toList());
  }

  /** The DuckDB type a Parquet column of this Spark type reads as. */
  private static String duckDb(DataType type) {
    return switch (type.sql()) {
      case "STRING" -> "VARCHAR";
      case "TIMESTAMP_NTZ" -> "TIMESTAMP";
      case "ARRAY<STRING>" -> "VARCHAR[]";
      default -> type.sql();
    };
  }
}
