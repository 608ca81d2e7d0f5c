package org.npcwh.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;

/**
 * The second tier's sections, the department scorecard and the key points they feed, rendered from
 * {@code warehouse-fixture.sql} plus {@code second-tier-fixture.sql} (figures of 2023-06 only). The
 * metric names are read from the test warehouse's catalogue, which is the Metric enum's once the second
 * tier is declared there.
 */
class SecondTierSectionsIT {
  @TempDir
  static Path root;
  static WarehouseLayout layout;
  static List<Path> files;

  @BeforeAll
  static void render() throws Exception {
    layout = TestWarehouse.create(root.resolve("wh"));
    TestWarehouse.run(layout, TestWarehouse.script("/second-tier-fixture.sql"));
    files = new ReportRenderer(layout).render(new ReportRequest(Period.parse("2023-06"),
        EnumSet.of(ReportFormat.PDF), Burst.DEPARTMENT, root.resolve("out")));
  }

  @Test
  void cityReportHasTheNewSectionsAndLeavesOutTheUnknownOne() throws Exception {
    List<String> lines = ReportOutputs.pdfLines(files.get(0));
    assertThat(lines).containsSubsequence("代表履职", "各区代表履职积分与接待选民", "罗湖区 50 50.0%", "福田区 70 40.0%",
        "全市 120 45.0%");
    assertThat(lines).containsSubsequence("街道选民代表会议与民生微实事", "罗湖区 — — 500 —", "福田区 — — 700 —",
        "全市 — — 1,200 —");
    // stations' staffing and funding are not in the catalogue: no section
    assertThat(lines).doesNotContain("联络站保障", "各区联络站人员与经费");
    // ranked by the assessment's satisfaction; then by overdue commitments
    assertThat(lines).containsSubsequence("监督工作", "1. 市住房和建设局 — 3 — 90.0%",
        "2. 市教育局 — 6 — 70.0%", "全市 — 9 — 80.0%");
    assertThat(lines).containsSubsequence("承诺台账", "1. 市住房和建设局 — 66.7% 3",
        "2. 市教育局 — 50.0% 1", "全市 — 60.0% 4");
    // letters on time, overdue letters, suggestion satisfaction, commitments fulfilled and overdue,
    // oversight issues open, assessment satisfaction
    assertThat(lines).containsSubsequence("部门办理与履职评价", "各部门办理与履职评价一览",
        "1. 市住房和建设局 87.5% 2 — 66.7% 3 3 90.0%", "2. 市教育局 75.0% 5 — 50.0% 1 6 70.0%",
        "全市 81.3% 7 90.0% 60.0% 4 9 80.0%");
    // the new families in the headline, by the catalogue's names
    assertThat(ReportOutputs.pdfRow(lines, header("deputies_without_duty"))).endsWith(" 120 — — — —");
    assertThat(ReportOutputs.pdfRow(lines, name("commitment_fulfilled_rate"))).endsWith(" 60.0% — — — —");
  }

  @Test
  void keyPointsNameTheDepartmentsBehindAndTheNewBacklog() throws Exception {
    // gaps to the city: assessment 0.8 − 0.7, commitments 0.6 − 0.5, letters 0.8125 − 0.75
    String text = String.join("", ReportOutputs.pdfLines(files.get(0))).replace(" ", "");
    assertThat(text).containsSubsequence("要点",
        "各部门中" + name("department_assessment_satisfaction_rate") + "最低的是市教育局（70.0%），全市为80.0%。",
        "各部门中" + name("commitment_fulfilled_rate") + "最低的是市教育局（50.0%），全市为60.0%。",
        "各部门中联系函按期答复率最低的是市教育局（75.0%），全市为81.3%。",
        "本期" + name("commitments_overdue") + "为4个，其中市住房和建设局最多（3个）。",
        "本期" + name("oversight_issues_open") + "为9个，其中市教育局最多（6个）。", "主要指标");
  }

  @Test
  void departmentReportShowsOnlyItsOwnScorecardRow() throws Exception {
    List<String> education = ReportOutputs.pdfLines(files.get(1));
    assertThat(education).containsSubsequence("部门办理与履职评价", "1. 市教育局 75.0% 5 — 50.0% 1 6 70.0%")
        .noneMatch(l -> l.contains("市住房和建设局") || l.startsWith("全市 "));
  }

  private static String header(String metricId) throws Exception {
    return name(metricId) + "（个）";
  }

  private static String name(String metricId) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + layout.duckdb());
        PreparedStatement statement = connection.prepareStatement(
            "SELECT name_zh FROM metric_catalog WHERE metric_id = ?")) {
      statement.setString(1, metricId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }
}
