package org.npcwh.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;

/**
 * {@code --by deputy}: the 一人一档 files of 2023-06 from {@code warehouse-fixture.sql},
 * {@code deputy-fixture.sql} and {@code duty-fixture.sql}, read back from the PDF. The figures below are
 * those files' rows, summed by hand (YTD 2023-01-01 to 2023-06-30).
 */
class DeputyFilesIT {
  @TempDir
  static Path root;
  static List<Path> files;

  @BeforeAll
  static void render() throws Exception {
    WarehouseLayout layout = TestWarehouse.create(root.resolve("wh"));
    TestWarehouse.run(layout, TestWarehouse.script("/deputy-fixture.sql"));
    TestWarehouse.run(layout, TestWarehouse.script("/duty-fixture.sql"));
    files = new ReportRenderer(layout).render(new ReportRequest(Period.parse("2023-06"),
        EnumSet.of(ReportFormat.PDF, ReportFormat.HTML), Burst.DEPUTY, root.resolve("out")));
  }

  @Test
  void oneFilePerDeputyServingAtThePeriodEndBesideTheCityReport() {
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
        "npc-monthly-2023-06.pdf", "npc-monthly-2023-06.html",
        "npc-monthly-2023-06-deputy-P01.pdf", "npc-monthly-2023-06-deputy-P01.html",
        "npc-monthly-2023-06-deputy-P02.pdf", "npc-monthly-2023-06-deputy-P02.html");
  }

  @Test
  void aDeputysFileHasDutyAgainstCapsSuggestionsAndLetters() throws Exception {
    List<String> lines = ReportOutputs.pdfLines(files.get(2));
    String text = String.join("\n", lines);
    assertThat(lines).contains("一人一档 · 代表履职档案", "王芳（P01）");
    assertThat(text).contains("市人大代表", "所在区：福田区", "联络站：园岭街道代表联络站", "专业小组：教育专业小组",
        "统计期间：2023-01-01 至 2023-06-30");
    // sessions 5 + 0 (capped), receptions 5 × 2 = 10 (the cap; July's is after P.end), 2022's survey left out
    assertThat(text).contains("年内履职积分合计：15.0 分", "接待选民：5 次");
    assertThat(lines).containsSubsequence("履职记录（按类型）", "履职类型 记录数 时长（小时） 所得积分 年度积分上限 备注",
        "出席代表大会 2 16.0 5.0 5.0 已达上限", "接待选民 5 10.0 10.0 10.0 已达上限",
        "领衔提出的建议及评价", "S1 关于增设社区养老服务站的建议 市教育局 2023-01-10 不满意（55分） 不满意",
        "发出的代表联系函及答复", "L001 市教育局 2023-03-10 2023-04-10 — 逾期未答复 尚未测评",
        "L003 市教育局 2023-05-20 2023-06-20 2023-06-15 按期答复 满意");
    assertThat(text).doesNotContain("视察调研", "L002", "李强");
  }

  @Test
  void answersAfterThePeriodEndAreNotYetKnown() throws Exception {
    List<String> lines = ReportOutputs.pdfLines(files.get(4));
    assertThat(lines).contains("李强（P02）");
    String text = String.join("\n", lines);
    assertThat(text).contains("区人大代表", "联络站：ST9", "专业小组：未参加", "年内履职积分合计：3.0 分", "接待选民：0 次");
    // E3 (satisfied, 80) reviews nothing and is newer than E4; L002 was answered only on 2023-07-05
    assertThat(lines).containsSubsequence("视察调研、执法检查 1 — 3.0 无上限",
        "S2 关于优化公交线路的建议 市住房和建设局 2023-01-11 满意（80分） 尚未测评",
        "L005 市住房和建设局 2023-04-30 2023-05-30 — 逾期未答复 尚未测评",
        "L002 市住房和建设局 2023-05-01 2023-06-01 — 逾期未答复 尚未测评");
    // no resident's data: L002 came from message M09
    assertThat(text).doesNotContain("M09", "2023-07-05");
    assertThat(Files.readString(files.get(5))).contains("李强", "市住房和建设局").doesNotContain("M09");
  }

  @Test
  void aWarehouseWithoutDutyRecordsStillWritesTheFiles() throws Exception {
    WarehouseLayout layout = TestWarehouse.create(root.resolve("older"));
    TestWarehouse.run(layout, TestWarehouse.script("/deputy-fixture.sql"));
    List<Path> older = new ReportRenderer(layout).render(new ReportRequest(Period.parse("2023-06"),
        EnumSet.of(ReportFormat.PDF), Burst.DEPUTY, root.resolve("older-out")));
    String text = String.join("\n", ReportOutputs.pdfLines(older.get(1)));
    assertThat(text).contains("王芳（P01）", "年内履职积分合计：— 分", "本仓库尚未接入履职登记数据。",
        "S1 关于增设社区养老服务站的建议");
  }
}
