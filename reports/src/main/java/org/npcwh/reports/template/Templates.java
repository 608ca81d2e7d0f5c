package org.npcwh.reports.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;

/**
 * The report templates compiled at build time ({@code reports/*.jasper} on the classpath) and the
 * shared style sheet, each loaded once per JVM.
 */
public final class Templates {
  private static final String FOLDER = "/reports/";
  private static final String STYLES = FOLDER + "styles.jrtx";
  private static final Map<String, JasperReport> REPORTS = new ConcurrentHashMap<>();
  private static volatile JRTemplate styles;

  private Templates() {}

  /** The compiled template {@code reports/<name>.jasper}. */
  public static JasperReport report(String name) {
    return REPORTS.computeIfAbsent(name, Templates::load);
  }

  /** The styles every template uses, from {@code reports/styles.jrtx}. */
  public static JRTemplate styles() {
    JRTemplate loaded = styles;
    if (loaded == null) {
      try (InputStream in = open(STYLES)) {
        loaded = JRXmlTemplateLoader.getInstance(JasperEnvironment.context()).loadTemplate(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      styles = loaded;
    }
    return loaded;
  }

  private static JasperReport load(String name) {
    try (InputStream in = open(FOLDER + name + ".jasper")) {
      return (JasperReport) JRLoader.loadObject(JasperEnvironment.context(), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JRException e) {
      throw new IllegalStateException("the compiled report template " + name + " cannot be loaded", e);
    }
  }

  private static InputStream open(String resource) {
    JasperEnvironment.context();
    InputStream in = Templates.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the classpath: the report templates are compiled"
          + " by the reports module's Maven build (phase process-classes)");
    }
    return in;
  }
}
