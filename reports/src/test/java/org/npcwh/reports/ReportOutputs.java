package org.npcwh.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads rendered reports back the way a person or another program would. */
final class ReportOutputs {
  private ReportOutputs() {}

  /** The PDF's text, line by line, in reading order. */
  static List<String> pdfLines(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).lines().map(String::strip).toList();
    }
  }

  /** The PDF's line that starts with {@code label}. */
  static String pdfRow(List<String> lines, String label) {
    return lines.stream().filter(l -> l.startsWith(label + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with " + label + " in\n" + String.join("\n", lines)));
  }

  /** Base names of the fonts of every page, with whether each is an embedded CID TrueType font. */
  static List<EmbeddedFont> pdfFonts(Path pdf) throws IOException {
    List<EmbeddedFont> fonts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          boolean cidTrueType = font instanceof PDType0Font type0
              && type0.getDescendantFont() instanceof PDCIDFontType2 cid
              && cid.getFontDescriptor().getFontFile2() != null;
          fonts.add(new EmbeddedFont(font.getName(), cidTrueType));
        }
      }
    }
    return fonts;
  }

  record EmbeddedFont(String baseName, boolean embeddedCidTrueType) {}

  /** Every non-blank cell of the workbook, as the cell shows it. */
  static List<String> xlsxCells(Path xlsx) throws IOException {
    List<String> cells = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            String text = formatter.formatCellValue(cell).strip();
            if (!text.isEmpty()) {
              cells.add(text);
            }
          }
        }
      }
    }
    return cells;
  }
}
