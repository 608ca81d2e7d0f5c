package org.npcwh.reports.export;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.Cut;
import net.sf.jasperreports.engine.export.CutsInfo;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.XlsxReportConfiguration;

/**
 * The XLSX exporter, with frozen header rows that also work on a worksheet starting mid-page. Our
 * sections start a worksheet wherever their title falls on a page (the PDF does not break pages
 * there), and JasperReports takes an element's freeze edge as a row of the page rather than of the
 * worksheet, which would freeze every row above the section's title on that page as well. This
 * counts the rows the worksheet really holds between its start and that edge.
 */
final class SectionSheetsXlsxExporter extends JRXlsxExporter {

  SectionSheetsXlsxExporter(JasperReportsContext context) {
    super(context);
  }

  @Override
  protected SheetInfo getSheetProps(CutsInfo xCuts, CutsInfo yCuts, int startCutIndex) {
    SheetInfo sheet = super.getSheetProps(xCuts, yCuts, startCutIndex);
    Integer configured = getCurrentItemConfiguration().getFreezeRow();
    if (configured == null && sheet.rowFreezeIndex != null && sheet.rowFreezeIndex > startCutIndex) {
      sheet.rowFreezeIndex = exportedRows(yCuts, startCutIndex, sheet.rowFreezeIndex);
    }
    return sheet;
  }

  /** The rows the worksheet gets for cuts {@code from} (included) to {@code to} (excluded), as exportPage skips them. */
  private int exportedRows(CutsInfo yCuts, int from, int to) {
    XlsxReportConfiguration configuration = getCurrentItemConfiguration();
    boolean removeEmpty = configuration.isRemoveEmptySpaceBetweenRows();
    boolean collapseRowSpan = configuration.isCollapseRowSpan();
    int rows = 0;
    for (int y = from; y < to && y < yCuts.size(); y++) {
      Cut cut = yCuts.getCut(y);
      if (cut.isCutNotEmpty() || ((!removeEmpty || cut.isCutSpanned()) && !collapseRowSpan)) {
        rows++;
      }
    }
    return rows;
  }
}
