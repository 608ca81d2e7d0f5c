package org.npcwh.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportIndexTest {

  @Test
  void listsEveryReportNewestPeriodFirstThenCityDistrictsDepartmentsDeputies(@TempDir Path reports) throws Exception {
    touch(reports, "npc-monthly-2023-05.pdf", "npc-monthly-2023-06.pdf", "npc-monthly-2023-06.xlsx",
        "npc-monthly-2023-06.html", "npc-monthly-2023-06-deputy-P0001.pdf", "npc-monthly-2023-06-district-440304.pdf",
        "npc-monthly-2023-06-department-SZ_EDU.xlsx", "npc-quarterly-2023-Q2.pdf", "npc-annual-2022.pdf",
        // not reports: a half-written file, a stranger, a name of no grain, and the old index
        ".npc-monthly-2023-07.pdf.partial", "notes.txt", "npc-weekly-2023-06.pdf", "index.html");

    ReportIndex.write(reports);

    // June's quarter ends with June: the quarter before the month; 2022's year after all of 2023
    assertThat(rows(reports)).containsExactly(
        "2023年第二季度 2023-Q2|季度 Quarterly|全市 City|PDF",
        "2023年6月 2023-06|月度 Monthly|全市 City|PDF XLSX HTML",
        "2023年6月 2023-06|月度 Monthly|区 District 440304|PDF",
        "2023年6月 2023-06|月度 Monthly|部门 Department SZ_EDU|XLSX",
        "2023年6月 2023-06|月度 Monthly|代表 Deputy P0001|PDF",
        "2023年5月 2023-05|月度 Monthly|全市 City|PDF",
        "2022年 2022|年度 Annual|全市 City|PDF");
    assertThat(Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8))
        .contains("<a href=\"npc-monthly-2023-06.xlsx\">XLSX</a>", "<html lang=\"zh-CN\">");
  }

  @Test
  void isRewrittenWholeAndForgetsRemovedReports(@TempDir Path reports) throws Exception {
    touch(reports, "npc-monthly-2023-05.pdf", "npc-monthly-2023-06.pdf");
    ReportIndex.write(reports);
    Files.delete(reports.resolve("npc-monthly-2023-05.pdf"));

    ReportIndex.write(reports);

    assertThat(rows(reports)).containsExactly("2023年6月 2023-06|月度 Monthly|全市 City|PDF");
    try (Stream<Path> files = Files.list(reports)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("index.html",
          "npc-monthly-2023-06.pdf");
    }
  }

  /** Each table row's cells joined by "|", the links by their text. */
  private static List<String> rows(Path reports) throws Exception {
    return Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8).lines()
        .filter(l -> l.startsWith("<tr><td>"))
        .map(l -> l.replaceAll("</td><td[^>]*>", "|").replaceAll("<[^>]+>", "").strip())
        .toList();
  }

  private static void touch(Path folder, String... names) throws Exception {
    for (String name : names) {
      Files.writeString(folder.resolve(name), "x");
    }
  }
}
