package org.npcwh.reports.deputy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.npcwh.core.period.Period;
import org.npcwh.reports.OnEveryCore;
import org.npcwh.reports.ReportFormat;
import org.npcwh.reports.export.OutputNames;
import org.npcwh.reports.export.ReportExporter;
import org.npcwh.reports.fill.ReportContext;
import org.npcwh.reports.template.JasperEnvironment;
import org.npcwh.reports.template.Templates;

/**
 * Writes the 一人一档 (deputy's duty file) of every deputy serving at P.end: the facts are read once for
 * all deputies ({@link DeputyFacts}), the one compiled template is filled from memory and the files are
 * filled and exported on every core ({@link OnEveryCore}), so that thousands of files take minutes, not hours.
 */
public final class DeputyFiles {
  private static final String TEMPLATE = "deputy";

  private final ReportExporter exporter;

  public DeputyFiles(ReportExporter exporter) {
    this.exporter = exporter;
  }

  /** Writes the files into {@code outDir}; returns them in deputy order, each deputy's formats in order. */
  public List<Path> render(Connection connection, Period period, ReportContext context, Set<ReportFormat> formats,
      Path outDir) throws SQLException, JRException, IOException {
    List<DeputyFile> files = DeputyFacts.read(connection, period);
    JasperReport template = Templates.report(TEMPLATE);
    List<Path> paths = new ArrayList<>();
    OnEveryCore.map(files, file -> write(template, context, file, period, formats, outDir), paths::addAll);
    return paths;
  }

  private List<Path> write(JasperReport template, ReportContext context, DeputyFile file, Period period,
      Set<ReportFormat> formats, Path outDir) throws JRException, IOException {
    JasperPrint print = JasperFillManager.getInstance(JasperEnvironment.context())
        .fill(template, parameters(context, file), new JRMapCollectionDataSource(file.rows()));
    print.setName("一人一档 " + file.name() + " " + context.periodTitle());
    List<Path> paths = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      if (formats.contains(format)) {
        Path target = outDir.resolve(OutputNames.deputy(period, file.deputyId(), format));
        exporter.export(print, format, target);
        paths.add(target);
      }
    }
    return paths;
  }

  private static Map<String, Object> parameters(ReportContext context, DeputyFile file) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("CTX", context);
    parameters.put("DEPUTY_ID", file.deputyId());
    parameters.put("DEPUTY_NAME", file.name());
    parameters.put("LEVEL", file.level());
    parameters.put("DISTRICT", file.district());
    parameters.put("STATION", file.station());
    parameters.put("GROUP", file.group());
    parameters.put("POINTS_TOTAL", file.pointsTotal());
    parameters.put("RECEPTIONS", file.receptions());
    parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
    parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("Asia/Shanghai"));
    return parameters;
  }
}
