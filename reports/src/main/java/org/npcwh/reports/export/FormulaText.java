package org.npcwh.reports.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * OWASP's CSV injection rule for the XLSX export: while it is written, every text starting with
 * {@code = + - @}, a tab or a carriage return gets a leading {@code '}. Jasper's XLSX exporter writes
 * text as string cells and never as formulas, but a sheet saved again as CSV, or copied into another
 * one, would turn such text into a live formula. Numbers, and figures already formatted as text such
 * as {@code -0.5}, {@code -12.5%} or {@code +1.3个百分点}, are left alone. {@link #restore} puts the texts back for the other formats.
 */
final class FormulaText {
  private static final String FORMULA_STARTS = "=+-@\t\r";
  /** A signed figure with an optional percent sign or Chinese unit ("+1.3个百分点"): no formula can hide in it. */
  private static final Pattern FIGURE = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?(%|\\p{IsHan}+)?");

  private record Changed(JRPrintText text, String original) {}

  private final List<Changed> changed = new ArrayList<>();

  private FormulaText() {}

  static FormulaText neutralise(JasperPrint print) {
    FormulaText formulas = new FormulaText();
    for (JRPrintPage page : print.getPages()) {
      formulas.visit(page.getElements());
    }
    return formulas;
  }

  /** Whether the text would be read as a formula by a spreadsheet (and is not a figure). */
  static boolean looksLikeFormula(String text) {
    return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
        && !FIGURE.matcher(text).matches();
  }

  private void visit(List<JRPrintElement> elements) {
    for (JRPrintElement element : elements) {
      if (element instanceof JRPrintFrame frame) {
        visit(frame.getElements());
      } else if (element instanceof JRPrintText text && !(text.getValue() instanceof Number)
          && looksLikeFormula(text.getOriginalText())) {
        changed.add(new Changed(text, text.getOriginalText()));
        text.setText("'" + text.getOriginalText());
      }
    }
  }

  void restore() {
    changed.forEach(c -> c.text().setText(c.original()));
  }
}
