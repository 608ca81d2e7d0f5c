package org.npcwh.reports.template;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

/**
 * The one JasperReports context this module uses, prepared before Jasper reads any XML.
 *
 * <p>Hadoop's shaded Woodstox (on the application classpath with Spark) registers itself as the
 * StAX provider, and Jasper 7's XML readers (JRXML, font extensions) then fail; pinning the
 * factories to the real Woodstox avoids that.
 */
public final class JasperEnvironment {
  public static final String FONT_FAMILY = "Noto Sans SC";

  private static final String INPUT_FACTORY = "javax.xml.stream.XMLInputFactory";
  private static final String OUTPUT_FACTORY = "javax.xml.stream.XMLOutputFactory";

  private static final JasperReportsContext CONTEXT = create();

  private JasperEnvironment() {}

  public static JasperReportsContext context() {
    return CONTEXT;
  }

  private static JasperReportsContext create() {
    System.setProperty(INPUT_FACTORY, "com.ctc.wstx.stax.WstxInputFactory");
    System.setProperty(OUTPUT_FACTORY, "com.ctc.wstx.stax.WstxOutputFactory");
    SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    context.setProperty("net.sf.jasperreports.default.font.name", FONT_FAMILY);
    context.setProperty("net.sf.jasperreports.default.pdf.encoding", "Identity-H");
    context.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
    context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
    return context;
  }
}
