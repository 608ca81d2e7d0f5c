package org.npcwh.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.core.table.Tables;

/** The view of the newest check run, as its home declares it for the warehouse and CheckHistory alike, over the files two runs leave. */
class CheckResultsViewsTest {
  private static final Period JAN = Period.parse("2023-01");

  @TempDir Path root;

  @Test
  void checkResultsShowEveryRunAndTheLatestViewOnlyTheNewestRunOfEachPeriod() throws Exception {
    String first;
    String second;
    WarehouseLayout layout;
    try (TestWarehouse wh = new TestWarehouse(root).withGoodSources()) {
      wh.published(Period.parse("2022-12"), TestWarehouse.goodFigures(Period.parse("2022-12")));
      wh.candidate(JAN, TestWarehouse.goodFigures(JAN));
      first = new CheckRunner(wh.layout, CheckSettings.defaults(), line -> { }).run(List.of(JAN)).runId();
      second = new CheckRunner(wh.layout, CheckSettings.defaults(), line -> { }).run(List.of(JAN)).runId();
      layout = wh.layout;
    }

    try (Connection db = DuckDb.inMemory()) {
      CandidateViews.create(db, layout, List.of(Tables.get("check_results"), Tables.get("check_results_latest")));

      assertThat(column(db, "SELECT DISTINCT run_id FROM check_results ORDER BY run_id"))
          .containsExactlyInAnyOrder(first, second);
      assertThat(column(db, "SELECT DISTINCT run_id FROM check_results_latest")).containsExactly(second);
      assertThat(column(db, "SELECT count(*) FROM check_results_latest WHERE period = '2023-01'"))
          .containsExactly(String.valueOf(CheckCatalog.all().size()));
    }
  }

  private static List<String> column(Connection db, String sql) throws Exception {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}
