package org.npcwh.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintFrame;
import net.sf.jasperreports.engine.base.JRBasePrintPage;
import net.sf.jasperreports.engine.base.JRBasePrintText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.reports.ReportFormat;

/** The XLSX report's text cells never start like a formula; numbers and figures stay as they are. */
class FormulaTextTest {
  @TempDir
  Path temp;

  @Test
  void xlsxTextCellsStartingLikeAFormulaGetALeadingQuoteAndThePrintIsRestored() throws Exception {
    JasperPrint print = new JasperPrint();
    print.setName("t");
    print.setPageWidth(600);
    print.setPageHeight(400);
    JRBasePrintPage page = new JRBasePrintPage();
    JRBasePrintFrame frame = new JRBasePrintFrame(print.getDefaultStyleProvider());
    frame.setX(0);
    frame.setY(100);
    frame.setWidth(500);
    frame.setHeight(30);
    frame.addElement(text(print, 0, 0, "@SUM(A1:A9)", null));
    page.addElement(text(print, 0, 0, "=HYPERLINK(\"http://x\",\"点击\")", null));
    page.addElement(text(print, 0, 30, "+cmd|' /C calc'!A0", null));
    page.addElement(text(print, 0, 60, "-0.5", new BigDecimal("-0.5")));
    page.addElement(text(print, 200, 60, "-12.5%", null));
    page.addElement(text(print, 200, 0, "福田区", null));
    page.addElement(frame);
    print.addPage(page);

    Path xlsx = temp.resolve("r.xlsx");
    new ReportExporter().export(print, ReportFormat.XLSX, xlsx);

    String sheet = entries(xlsx, "xl/worksheets/sheet1.xml") + entries(xlsx, "xl/sharedStrings.xml");
    assertThat(sheet).contains(">&apos;=HYPERLINK(&quot;http://x&quot;,&quot;点击&quot;)<",
            ">&apos;+cmd|&apos; /C calc&apos;!A0<", ">&apos;@SUM(A1:A9)<", ">福田区<", ">-0.5<", ">-12.5%<")
        .doesNotContain("<f>");
    assertThat(((JRBasePrintText) page.getElements().get(0)).getOriginalText()).startsWith("=HYPERLINK");
  }

  @Test
  void figuresAreNotFormulas() {
    assertThat(FormulaText.looksLikeFormula("-0.5")).isFalse();
    assertThat(FormulaText.looksLikeFormula("-1,234.5%")).isFalse();
    assertThat(FormulaText.looksLikeFormula("+1.3个百分点")).isFalse();
    assertThat(FormulaText.looksLikeFormula("+1.3个百分点+cmd")).isTrue();
    assertThat(FormulaText.looksLikeFormula("-")).isTrue();
    assertThat(FormulaText.looksLikeFormula("\t1")).isTrue();
    assertThat(FormulaText.looksLikeFormula("a=1")).isFalse();
  }

  private static JRBasePrintText text(JasperPrint print, int x, int y, String value, Object typed) {
    JRBasePrintText text = new JRBasePrintText(print.getDefaultStyleProvider());
    text.setX(x);
    text.setY(y);
    text.setWidth(180);
    text.setHeight(30);
    text.setText(value);
    text.setValue(typed == null ? value : typed);
    return text;
  }

  private static String entries(Path zip, String name) throws IOException, JRException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry entry = file.getEntry(name);
      if (entry == null) {
        return "";
      }
      try (InputStream in = file.getInputStream(entry)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
