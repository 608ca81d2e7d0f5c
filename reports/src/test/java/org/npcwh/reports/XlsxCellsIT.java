package org.npcwh.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;

/**
 * The June monthly report of {@code warehouse-fixture.sql} as a spreadsheet: figures are numbers with
 * number formats (the values below are that file's metric_values rows, rounded as the PDF shows
 * them), each section is a worksheet named after it, and table headers stay in view.
 */
class XlsxCellsIT {
  private static final String FIGURE_TEXT = "[+-]?[0-9][0-9,]*(\\.[0-9])?(%|个百分点)?";

  @TempDir static Path root;
  static XSSFWorkbook workbook;

  @BeforeAll
  static void render() throws Exception {
    WarehouseLayout layout = TestWarehouse.create(root.resolve("wh"));
    Path xlsx = new ReportRenderer(layout).render(new ReportRequest(Period.parse("2023-06"),
        EnumSet.of(ReportFormat.XLSX), Burst.NONE, root.resolve("out"))).get(0);
    try (InputStream in = Files.newInputStream(xlsx)) {
      workbook = new XSSFWorkbook(in);
    }
  }

  @Test
  void eachSectionIsAWorksheetNamedAfterIt() {
    assertThat(StreamSupport.stream(workbook.spliterator(), false).map(Sheet::getSheetName)).containsExactly(
        "封面", "要点", "主要指标", "近十二个月趋势", "家站点覆盖与代表履职", "代表联系函办理", "基层立法联系",
        "代表建议办理与满意度", "民生实事项目票决与进展", "代表履职", "街道选民代表会议与民生微实事", "联络站保障",
        "监督工作", "承诺台账", "部门办理与履职评价", "附录：数据质量");
  }

  @Test
  void headlineFiguresAreNumbersWithTheirUnitsFormat() {
    Sheet headline = workbook.getSheet("主要指标");
    // messages_received: 1234 in June, 1200 in May (+34), 1000 in June 2022 (+234)
    assertThat(numbers(row(headline, "群众留言数（个）"))).containsExactly(
        figure(1234, "#,##0"), figure(1200, "#,##0"), figure(34, "+#,##0;-#,##0;#,##0"),
        figure(1000, "#,##0"), figure(234, "+#,##0;-#,##0;#,##0"));
    // letter_on_time_rate: 0.8125 → 81.3%, 0.8 → 80.0%, change 1.25 points → +1.3; no June 2022 figure ("—")
    assertThat(numbers(row(headline, "联系函按期答复率"))).containsExactly(
        figure(0.813, "#0.0%"), figure(0.8, "#0.0%"),
        figure(1.3, "+#,##0.0\\个\\百\\分\\点;-#,##0.0\\个\\百\\分\\点;#,##0.0\\个\\百\\分\\点"));
    assertThat(shown(row(headline, "联系函按期答复率"))).containsExactly("联系函按期答复率", "81.3%", "80.0%",
        "+1.3个百分点", "—", "—");
    // homes_open 82 against 82 a year before: a zero change has no sign
    assertThat(shown(row(headline, "人大代表之家数（个）"))).endsWith("82", "0");
    assertThat(numbers(row(headline, "联系函答复天数中位数（天）")).get(0)).isEqualTo(figure(12.5, "#,##0.0"));
  }

  @Test
  void tableFiguresAreNumbersAndNoFigureIsLeftAsText() {
    // Futian: 12 homes, 35 stations, 90 points, no legislative point figure, 91.7% street coverage
    assertThat(numbers(row(workbook.getSheet("家站点覆盖与代表履职"), "福田区"))).startsWith(
        figure(12, "#,##0"), figure(35, "#,##0"), figure(90, "#,##0"), figure(0.917, "#0.0%"));
    List<String> figuresAsText = new ArrayList<>();
    int numeric = 0;
    int text = 0;
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.NUMERIC) {
            numeric++;
          } else if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
            text++;
            if (cell.getStringCellValue().strip().matches(FIGURE_TEXT)) {
              figuresAsText.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getStringCellValue());
            }
          }
        }
      }
    }
    // every figure is a number; the text left is labels, names, dates as text, notes and "—"
    assertThat(figuresAsText).as("%d numeric and %d text cells", numeric, text).isEmpty();
    assertThat(numeric).as("%d numeric and %d text cells", numeric, text).isGreaterThan(100);
  }

  @Test
  void headerRowsOfTablesAreFrozen() {
    Sheet headline = workbook.getSheet("主要指标");
    PaneInformation pane = headline.getPaneInformation();
    assertThat(pane).isNotNull();
    assertThat(pane.isFreezePane()).isTrue();
    // frozen just below the header row "指标 本期 上月 …"
    Row header = row(headline, "指标");
    assertThat((int) pane.getHorizontalSplitTopRow()).isEqualTo(header.getRowNum() + 1);
    // the other sections: title, the first table's title, its header row (starting with 区, 部门 or 数据集)
    for (String section : List.of("家站点覆盖与代表履职", "代表联系函办理", "部门办理与履职评价", "附录：数据质量")) {
      Sheet sheet = workbook.getSheet(section);
      PaneInformation frozen = sheet.getPaneInformation();
      assertThat(frozen).as(section).isNotNull();
      assertThat(frozen.isFreezePane()).as(section).isTrue();
      assertThat(frozen.getHorizontalSplitTopRow()).as(section).isEqualTo((short) 3);
      assertThat(shown(sheet.getRow(2)).get(0)).as(section).isIn("区", "部门", "数据集");
    }
  }

  private static Row row(Sheet sheet, String label) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().equals(label)) {
          return row;
        }
      }
    }
    throw new AssertionError("no row labelled " + label + " in " + sheet.getSheetName());
  }

  private static List<String> numbers(Row row) {
    List<String> numbers = new ArrayList<>();
    for (Cell cell : row) {
      if (cell.getCellType() == CellType.NUMERIC) {
        numbers.add(figure(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString()));
      }
    }
    return numbers;
  }

  private static List<String> shown(Row row) {
    DataFormatter formatter = new DataFormatter();
    List<String> shown = new ArrayList<>();
    for (Cell cell : row) {
      String text = formatter.formatCellValue(cell).strip();
      if (!text.isEmpty()) {
        shown.add(text);
      }
    }
    return shown;
  }

  private static String figure(double value, String format) {
    return value + " as " + format;
  }
}
