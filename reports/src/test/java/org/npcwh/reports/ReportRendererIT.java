package org.npcwh.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.error.UserException;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;

/**
 * Renders every variant from the hand-made warehouse of {@code warehouse-fixture.sql} and reads the
 * files back: the figures expected below are that file's metric_values rows, formatted by hand.
 */
class ReportRendererIT {
  /** The run line of the newest check run of 2023-06 (the gap is an ideographic space). */
  private static final String JUNE_CHECK_RUN = "检查运行：20230702T020000Z-a1b2c3\u3000检查时间：2023-07-02 10:00";
  private static final String MOVE_EXPECTED = "|value − previous| ÷ |previous| <= 0.5 against 2023-05";
  /** The details of June's warnings, worst first within each check. */
  private static final List<String> JUNE_WARNINGS = List.of(
      "review_flip_rate CITY: 0.0 (2023-05, published) → 1.0, up from 0",
      "suggestion_unsatisfied CITY: 3.0 (2023-05, published) → 1.0, moved 66.7 %",
      "drafts (法规草案): newest batch extracted 2023-05-17 08:00:00, 46 days before the newest extract of any"
          + " source (2023-07-02 09:15:00)");
  /** In May's results and in a superseded run of June's: never in June's report. */
  private static final String NOT_JUNE_WARNING = "letters_sent";
  private static final String NO_WARNING = "本期数据质量检查未发现预警。";
  private static final String NO_CHECK_RUN = "本期尚未运行数据质量检查。";

  @TempDir
  static Path root;
  static WarehouseLayout layout;

  @BeforeAll
  static void buildWarehouse() throws Exception {
    layout = TestWarehouse.create(root.resolve("wh"));
  }

  private static List<Path> render(String period, Set<ReportFormat> formats, Burst burst, String folder) {
    return new ReportRenderer(layout).render(
        new ReportRequest(Period.parse(period), formats, burst, root.resolve(folder)));
  }

  @Test
  void monthlyCityReportInThreeFormats() throws Exception {
    List<Path> files = render("2023-06", EnumSet.allOf(ReportFormat.class), Burst.NONE, "monthly");
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("npc-monthly-2023-06.pdf", "npc-monthly-2023-06.xlsx", "npc-monthly-2023-06.html");

    List<String> lines = ReportOutputs.pdfLines(files.get(0));
    // the 要点 page comes first (its sentences are proven in KeyPointsTest)
    assertThat(String.join("", lines).replace(" ", "")).containsSubsequence("月度报告", "要点",
        "与上月相比，变动较大的是：建议答复不满意数由3个降至1个；逾期未答复联系函数由10个降至7个。",
        "本期逾期未答复联系函数为7个，其中市教育局最多（5个）。", "主要指标");
    assertThat(lines).contains("月度报告", "2023年6月", "全市", "数据截至：2023-07-02 09:15", "主要指标",
        "近十二个月趋势", "家站点覆盖与代表履职", "代表联系函办理", "基层立法联系", "代表建议办理与满意度",
        "民生实事项目票决与进展", "附录：数据质量");
    assertThat(ReportOutputs.pdfRow(lines, "指标")).isEqualTo("指标 本期 上月 较上月 去年同月 较去年同月");
    assertThat(ReportOutputs.pdfRow(lines, "群众留言数（个）")).isEqualTo("群众留言数（个） 1,234 1,200 +34 1,000 +234");
    assertThat(ReportOutputs.pdfRow(lines, "联系函按期答复率")).isEqualTo("联系函按期答复率 81.3% 80.0% +1.3个百分点 — —");
    assertThat(ReportOutputs.pdfRow(lines, "人大代表之家数（个）")).isEqualTo("人大代表之家数（个） 82 80 +2 82 0");
    assertThat(ReportOutputs.pdfRow(lines, "立法意见采纳率")).isEqualTo("立法意见采纳率 — — — — —");
    assertThat(ReportOutputs.pdfRow(lines, "日均在线值班代表数（人/日）")).startsWith("日均在线值班代表数（人/日） 903.4 ");
    assertThat(ReportOutputs.pdfRow(lines, "联系函答复天数中位数（天）")).startsWith("联系函答复天数中位数（天） 12.5 ");
    // coverage by district, the city's row last
    assertThat(ReportOutputs.pdfRow(lines, "罗湖区")).isEqualTo("罗湖区 10 30 80 — 100.0% — —");
    assertThat(ReportOutputs.pdfRow(lines, "福田区")).isEqualTo("福田区 12 35 90 — 91.7% — —");
    assertThat(ReportOutputs.pdfRow(lines, "全市")).isEqualTo("全市 82 245 665 257 100.0% 98.8% —");
    // departments ranked: by overdue letters, then by reply-stage score
    assertThat(ReportOutputs.pdfRow(lines, "1. 市教育局")).isEqualTo("1. 市教育局 90 75.0% — 5 —");
    assertThat(ReportOutputs.pdfRow(lines, "2. 市住房和建设局")).isEqualTo("2. 市住房和建设局 60 87.5% — 2 —");
    assertThat(lines).contains("1. 市教育局 — — — — 1 91.5 —", "2. 市住房和建设局 — — — — 0 85.0 —");
    // the longest-overdue letters at 2023-06-30 and the unsatisfied evaluations of June
    assertThat(lines).containsSubsequence("L001 市教育局 2023-03-10 2023-04-10 81",
        "L005 市住房和建设局 2023-04-30 2023-05-30 31", "L002 市住房和建设局 2023-05-01 2023-06-01 29");
    assertThat(lines).doesNotContain("L003", "L004").noneMatch(l -> l.startsWith("L003 ") || l.startsWith("L004 "));
    assertThat(lines).contains("2023-06-12 S1 关于增设社区养老服务站的建议 市教育局 55")
        .noneMatch(l -> l.contains("关于优化公交线路的建议"));
    // data quality appendix
    assertThat(lines).containsSubsequence("群众留言 messages 2023-07-01 08:30 1 97 3 1 0",
        "代表联系函 letters 2023-07-02 09:15 1 50 0 0 1", "法规草案 drafts 未接入 0 0 0 0 0");
    assertThat(lines).contains(
        "messages BAD_TYPE 字段类型错误 2", "messages MISSING_KEY 缺少主键 1");
    // its warnings: June's newest check run only, the cells of a row wrap over several lines
    assertThat(lines).containsSubsequence("数据质量预警", JUNE_CHECK_RUN, "检查项 受检表 观测值 期望 / 阈值 说明")
        .doesNotContain(NO_WARNING, NO_CHECK_RUN);
    assertThat(warningRowStarts(lines)).containsExactly("city_move_within_share metric_values —",
        "city_move_within_share metric_values 0.667", "source_not_stale source_freshness 46");
    assertThat(String.join(" ", lines)).containsSubsequence("全市指标环比变动过大", "review_flip_rate CITY: 0.0",
        "全市指标环比变动过大", "suggestion_unsatisfied CITY: 3.0", "数据源供数明显滞后", "drafts (法规草案): newest batch")
        .doesNotContain(NOT_JUNE_WARNING, "0a0a0a");

    assertThat(ReportOutputs.pdfFonts(files.get(0)))
        .filteredOn(ReportOutputs.EmbeddedFont::embeddedCidTrueType)
        .extracting(ReportOutputs.EmbeddedFont::baseName)
        .isNotEmpty()
        .allMatch(name -> name.matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"));
    assertThat(ReportOutputs.pdfFonts(files.get(0)))
        .filteredOn(f -> !f.embeddedCidTrueType()).extracting(ReportOutputs.EmbeddedFont::baseName)
        .doesNotContainAnyElementsOf(List.of("STSong-Light"));

    List<String> cells = ReportOutputs.xlsxCells(files.get(1));
    assertThat(cells).contains("要点", "各部门中联系函按期答复率最低的是市教育局（75.0%），全市为81.3%。");
    assertThat(cells).contains("群众留言数（个）", "1,234", "1,200", "+34", "+234", "81.3%", "+1.3个百分点",
        "L001", "关于增设社区养老服务站的建议", "2023-07-02 09:15");
    assertThat(cells).containsSubsequence("数据质量预警", JUNE_CHECK_RUN, "检查项", "受检表", "观测值", "期望 / 阈值", "说明",
        "全市指标环比变动过大\ncity_move_within_share", "metric_values", MOVE_EXPECTED, JUNE_WARNINGS.get(0),
        "0.667", JUNE_WARNINGS.get(1), "数据源供数明显滞后\nsource_not_stale", "source_freshness", "46",
        JUNE_WARNINGS.get(2));
    assertThat(cells).noneMatch(c -> c.contains(NOT_JUNE_WARNING)).doesNotContain(NO_WARNING, NO_CHECK_RUN);

    String html = Files.readString(files.get(2));
    assertThat(html).contains("群众留言数（个）", "1,234", "81.3%", "+1.3个百分点", "data:image/png;base64");
    assertThat(html).containsSubsequence("数据质量预警", JUNE_CHECK_RUN, "全市指标环比变动过大<br/>city_move_within_share",
        "&lt;= 0.5 against 2023-05", JUNE_WARNINGS.get(0), JUNE_WARNINGS.get(1), "数据源供数明显滞后<br/>source_not_stale",
        JUNE_WARNINGS.get(2)).doesNotContain(NOT_JUNE_WARNING, NO_WARNING, NO_CHECK_RUN);
  }

  @Test
  void quarterlyReportComparesWithTheQuarterBeforeAndLastYear() throws Exception {
    List<Path> files = render("2023-Q2", EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX), Burst.NONE, "quarterly");
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("npc-quarterly-2023-Q2.pdf", "npc-quarterly-2023-Q2.xlsx");
    List<String> lines = ReportOutputs.pdfLines(files.get(0));
    assertThat(lines).contains("季度报告", "2023年第二季度", "报告期：2023-04-01 至 2023-06-30");
    assertThat(ReportOutputs.pdfRow(lines, "指标")).isEqualTo("指标 本期 上季度 较上季度 去年同季度 较去年同季度");
    assertThat(ReportOutputs.pdfRow(lines, "群众留言数（个）")).isEqualTo("群众留言数（个） 3,584 2,950 +634 3,100 +484");
    assertThat(ReportOutputs.pdfRow(lines, "联系函按期答复率")).isEqualTo("联系函按期答复率 85.0% 80.0% +5.0个百分点 — —");
    // the quarter's check run passed everything
    assertThat(lines).containsSubsequence("数据质量预警", "检查运行：20230702T030000Z-d4e5f6\u3000检查时间：2023-07-02 11:00",
        NO_WARNING).doesNotContain("检查项 受检表 观测值 期望 / 阈值 说明", NO_CHECK_RUN);
    assertThat(warningRowStarts(lines)).isEmpty();
    assertThat(ReportOutputs.xlsxCells(files.get(1))).contains(NO_WARNING).doesNotContain("检查项")
        .noneMatch(c -> c.contains(NOT_JUNE_WARNING) || c.contains("city_move_within_share"));
  }

  @Test
  void annualReportComparesOnceWithTheYearBefore() throws Exception {
    List<Path> files = render("2022", EnumSet.of(ReportFormat.PDF, ReportFormat.XLSX), Burst.NONE, "annual");
    List<String> lines = ReportOutputs.pdfLines(files.get(0));
    assertThat(lines).contains("年度报告", "2022年");
    assertThat(ReportOutputs.pdfRow(lines, "指标")).isEqualTo("指标 本期 上年 较上年");
    assertThat(ReportOutputs.pdfRow(lines, "群众留言数（个）")).isEqualTo("群众留言数（个） 12,345 10,000 +2,345");
    assertThat(ReportOutputs.pdfRow(lines, "收集立法意见数（个）")).isEqualTo("收集立法意见数（个） 5,110 4,800 +310");
    assertThat(ReportOutputs.pdfRow(lines, "联系函按期答复率")).isEqualTo("联系函按期答复率 83.3% — —");
    assertThat(ReportOutputs.xlsxCells(files.get(1))).contains("12,345", "+2,345", "83.3%");
    assertThat(lines).containsSubsequence("数据质量预警", NO_CHECK_RUN).doesNotContain(NO_WARNING)
        .noneMatch(l -> l.startsWith("检查运行："));
  }

  @Test
  void districtBurstGivesEachDistrictOnlyItsOwnFiguresBesideTheCityReport() throws Exception {
    List<Path> all = render("2023-06", EnumSet.of(ReportFormat.PDF, ReportFormat.HTML), Burst.DISTRICT, "districts");
    assertThat(all).extracting(p -> p.getFileName().toString()).containsExactly(
        "npc-monthly-2023-06.pdf", "npc-monthly-2023-06.html",
        "npc-monthly-2023-06-district-440303.pdf", "npc-monthly-2023-06-district-440303.html",
        "npc-monthly-2023-06-district-440304.pdf", "npc-monthly-2023-06-district-440304.html");
    assertThat(ReportOutputs.pdfRow(ReportOutputs.pdfLines(all.get(0)), "群众留言数（个）"))
        .isEqualTo("群众留言数（个） 1,234 1,200 +34 1,000 +234");
    List<Path> files = all.subList(2, all.size());

    List<String> luohu = ReportOutputs.pdfLines(files.get(0));
    assertThat(luohu).contains("罗湖区", "家站点覆盖与代表履职")
        .doesNotContain("代表联系函办理", "代表建议办理与满意度", "全市");
    assertThat(ReportOutputs.pdfRow(luohu, "群众留言数（个）")).isEqualTo("群众留言数（个） 456 400 +56 — —");
    assertThat(ReportOutputs.pdfRow(luohu, "代表进站履职率")).startsWith("代表进站履职率 62.5% ");
    assertThat(String.join("\n", luohu)).doesNotContain("789", "福田区", "75.0%", "1,234");
    assertThat(luohu).containsSubsequence("数据质量预警", JUNE_CHECK_RUN);
    assertThat(warningRowStarts(luohu)).hasSize(3);

    List<String> futian = ReportOutputs.pdfLines(files.get(2));
    assertThat(ReportOutputs.pdfRow(futian, "群众留言数（个）")).isEqualTo("群众留言数（个） 789 — — — —");
    assertThat(ReportOutputs.pdfRow(futian, "福田区")).isEqualTo("福田区 12 35 90 — 91.7% — —");
    assertThat(String.join("\n", futian)).doesNotContain("456", "罗湖区", "62.5%");
    assertThat(Files.readString(files.get(3))).contains("789").doesNotContain("罗湖区");
  }

  @Test
  void departmentBurstFiltersFiguresAndListsBesideTheCityReport() throws Exception {
    List<Path> all = render("2023-06", EnumSet.of(ReportFormat.PDF), Burst.DEPARTMENT, "departments");
    assertThat(all).extracting(p -> p.getFileName().toString()).containsExactly("npc-monthly-2023-06.pdf",
        "npc-monthly-2023-06-department-D01.pdf", "npc-monthly-2023-06-department-D02.pdf");
    List<Path> files = all.subList(1, all.size());

    List<String> education = ReportOutputs.pdfLines(files.get(0));
    assertThat(education).contains("市教育局", "代表联系函办理").doesNotContain("家站点覆盖与代表履职", "基层立法联系");
    assertThat(ReportOutputs.pdfRow(education, "代表联系函发出数（个）")).isEqualTo("代表联系函发出数（个） 90 100 -10 — —");
    assertThat(education).contains("L001 市教育局 2023-03-10 2023-04-10 81",
        "2023-06-12 S1 关于增设社区养老服务站的建议 市教育局 55");
    assertThat(String.join("\n", education)).doesNotContain("L005", "L002", "市住房和建设局", "87.5%");
    assertThat(education).containsSubsequence("数据质量预警", JUNE_CHECK_RUN);
    assertThat(warningRowStarts(education)).hasSize(3);

    List<String> housing = ReportOutputs.pdfLines(files.get(1));
    assertThat(ReportOutputs.pdfRow(housing, "联系函按期答复率")).startsWith("联系函按期答复率 87.5% ");
    assertThat(housing).containsSubsequence("L005 市住房和建设局 2023-04-30 2023-05-30 31",
        "L002 市住房和建设局 2023-05-01 2023-06-01 29").contains("本期无答复阶段不满意评价。");
    assertThat(String.join("\n", housing)).doesNotContain("L001", "市教育局", "关于增设社区养老服务站的建议");
  }

  /**
   * The first line of each row of the data-quality warnings in a PDF: check id, table and observed
   * value (the label is on the line above, the wrapped texts continue on the lines below).
   */
  private static List<String> warningRowStarts(List<String> lines) {
    return lines.stream().filter(l -> l.startsWith("city_move_within_share ") || l.startsWith("source_not_stale "))
        .map(l -> String.join(" ", List.of(l.split(" ")).subList(0, 3))).toList();
  }

  @Test
  void aPeriodWithoutFiguresIsAUserError() {
    assertThatThrownBy(() -> render("2020-01", EnumSet.of(ReportFormat.PDF), Burst.NONE, "none"))
        .isInstanceOf(UserException.class).hasMessageContaining("no figures for 2020-01");
  }

  @Test
  void aWarehouseWithoutDatabaseIsAUserError() {
    ReportRenderer renderer = new ReportRenderer(new WarehouseLayout(root.resolve("empty")));
    assertThatThrownBy(() -> renderer.render(new ReportRequest(Period.parse("2023-06"),
        EnumSet.of(ReportFormat.PDF), Burst.NONE, root.resolve("none"))))
        .isInstanceOf(UserException.class).hasMessageContaining("There is no analysts' database at");
  }
}
