package org.npcwh.reports.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.HtmlExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleHtmlExporterOutput;
import net.sf.jasperreports.export.SimpleHtmlReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.npcwh.reports.ReportFormat;
import org.npcwh.reports.fill.FigureFormat;
import org.npcwh.reports.template.JasperEnvironment;

/**
 * Writes a filled report to one file per format. Each file is written beside its target under a
 * dot-prefixed name and renamed into place, so a reader never sees half a report.
 */
public final class ReportExporter {

  /** Writes {@code print} as {@code format} to {@code target}. */
  public void export(JasperPrint print, ReportFormat format, Path target) throws JRException, IOException {
    Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
    switch (format) {
      case PDF -> pdf(print, partial);
      case XLSX -> xlsx(print, partial);
      case HTML -> html(print, partial);
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void pdf(JasperPrint print, Path file) throws JRException {
    JRPdfExporter exporter = new JRPdfExporter(JasperEnvironment.context());
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(print.getName());
    configuration.setMetadataCreator("npc-warehouse");
    configuration.setDisplayMetadataTitle(true);
    configuration.setTagLanguage("zh-CN");
    exporter.setConfiguration(configuration);
    exporter.exportReport();
  }

  private static void xlsx(JasperPrint print, Path file) throws JRException {
    JRXlsxExporter exporter = new SectionSheetsXlsxExporter(JasperEnvironment.context());
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
    SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
    configuration.setOnePagePerSheet(false);
    configuration.setRemoveEmptySpaceBetweenRows(true);
    configuration.setWhitePageBackground(false);
    // Each section's title starts a worksheet named after it, the cover names its own (properties in
    // the templates); a report without sections (a deputy's file) is one worksheet.
    configuration.setSheetNames(new String[] {"报告"});
    // A text field whose value is a number becomes a numeric cell with the field's pattern as its
    // number format (see FigureFormat); "—" and every other text stays a string.
    configuration.setDetectCellType(true);
    // A HashMap: JasperReports looks up texts without a pattern too (a null key Map.of refuses).
    configuration.setFormatPatternsMap(new HashMap<>(FigureFormat.excelPatterns()));
    exporter.setConfiguration(configuration);
    FormulaText neutralised = FormulaText.neutralise(print);
    try {
      exporter.exportReport();
    } finally {
      neutralised.restore();
    }
  }

  private static void html(JasperPrint print, Path file) throws JRException {
    HtmlExporter exporter = new HtmlExporter(JasperEnvironment.context());
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleHtmlExporterOutput(file.toFile(), "UTF-8"));
    SimpleHtmlReportConfiguration configuration = new SimpleHtmlReportConfiguration();
    configuration.setEmbedImage(true);
    exporter.setConfiguration(configuration);
    exporter.exportReport();
  }
}
