package org.npcwh.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.duckdb.DuckDBConnection;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.period.Period;
import org.npcwh.reports.deputy.DeputyFiles;
import org.npcwh.reports.export.OutputNames;
import org.npcwh.reports.export.ReportExporter;
import org.npcwh.reports.fill.KeyPoints;
import org.npcwh.reports.fill.MetricLabels;
import org.npcwh.reports.fill.ReportContext;
import org.npcwh.reports.fill.ReportErrors;
import org.npcwh.reports.fill.ReportScope;
import org.npcwh.reports.fill.WarehouseReader;
import org.npcwh.reports.template.JasperEnvironment;
import org.npcwh.reports.template.ReportVariant;
import org.npcwh.reports.template.Templates;

/**
 * Renders the monthly, quarterly or annual report of a period (the grain picks the template) from
 * the warehouse's DuckDB views, for the city and, when bursting, once more per district or
 * department, or with every deputy's duty file, to PDF, XLSX and HTML files. The reports of a burst are
 * filled side by side ({@link OnEveryCore}), the city's first in every listing.
 */
public final class ReportRenderer {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final WarehouseLayout layout;
  private final ReportExporter exporter = new ReportExporter();

  public ReportRenderer(WarehouseLayout layout) {
    this.layout = layout;
  }

  /** Renders the request; returns the files written, in order. */
  public List<Path> render(ReportRequest request) {
    return render(request, message -> { });
  }

  /** As {@link #render(ReportRequest)}, telling {@code progress} about each file written. */
  public List<Path> render(ReportRequest request, Consumer<String> progress) {
    Path database = layout.duckdb();
    createFolder(request.outDir());
    JasperReport master = Templates.report(ReportVariant.of(request.period().grain()).templateName());
    List<Path> written = new ArrayList<>();
    try (Connection connection = WarehouseReader.open(layout)) {
      MetricLabels labels = MetricLabels.load(connection);
      if (labels.isEmpty()) {
        throw ReportErrors.emptyCatalogue(database);
      }
      List<Rendered> reports = OnEveryCore.map(scopes(connection, request, database),
          scope -> render(master, request, scope, labels, connection),
          done -> done.files().forEach(file -> progress.accept("Wrote " + file)));
      reports.forEach(report -> written.addAll(report.files()));
      if (request.burst() == Burst.DEPUTY) {
        List<Path> files = new DeputyFiles(exporter).render(connection, request.period(), reports.get(0).context(),
            request.formats(), request.outDir());
        written.addAll(files);
        progress.accept("Wrote " + files.size() + " deputies' duty files (一人一档) to " + request.outDir());
      }
    } catch (SQLException e) {
      throw ReportErrors.unreadable(database, e);
    } catch (JRException e) {
      throw rootSqlError(e) != null ? ReportErrors.unreadable(database, rootSqlError(e))
          : new IllegalStateException("JasperReports failed to render the report", e);
    } catch (IOException e) {
      throw Errors.unwritable(request.outDir(), e);
    }
    return written;
  }

  /** One scope's report and the files written of it. */
  private record Rendered(ReportContext context, List<Path> files) {}

  /**
   * Fills and exports one scope's report, on a connection of its own to the same database (one JDBC
   * connection serves one thread at a time; the duplicate sees the same release and settings).
   */
  private Rendered render(JasperReport master, ReportRequest request, ReportScope scope, MetricLabels labels,
      Connection shared) throws SQLException, JRException, IOException {
    try (Connection connection = shared.unwrap(DuckDBConnection.class).duplicate()) {
      ReportContext context = new ReportContext(request.period(), scope, labels,
          KeyPoints.of(connection, request.period(), scope, labels));
      JasperPrint print = fill(master, context, connection);
      List<Path> files = new ArrayList<>();
      for (ReportFormat format : ReportFormat.values()) {
        if (request.formats().contains(format)) {
          Path target = request.outDir().resolve(OutputNames.of(request.period(), scope, format));
          exporter.export(print, format, target);
          files.add(target);
        }
      }
      return new Rendered(context, files);
    }
  }

  private static List<ReportScope> scopes(Connection connection, ReportRequest request, Path database)
      throws SQLException {
    Period period = request.period();
    if (WarehouseReader.figureCount(connection, period) == 0) {
      throw ReportErrors.noFigures(period, database);
    }
    List<ReportScope> burst = switch (request.burst()) {
      case NONE, DEPUTY -> List.of();
      case DISTRICT -> WarehouseReader.scopes(connection, period, ScopeType.DISTRICT);
      case DEPARTMENT -> WarehouseReader.scopes(connection, period, ScopeType.DEPARTMENT);
    };
    if ((request.burst() == Burst.DISTRICT || request.burst() == Burst.DEPARTMENT) && burst.isEmpty()) {
      throw ReportErrors.noFigures(period, database);
    }
    // Bursting adds the scopes' reports: the city's report is always written first.
    List<ReportScope> scopes = new ArrayList<>();
    scopes.add(ReportScope.city());
    scopes.addAll(burst);
    return scopes;
  }

  private static JasperPrint fill(JasperReport master, ReportContext context, Connection connection)
      throws JRException {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("CTX", context);
    parameters.put(JRParameter.REPORT_CONNECTION, connection);
    parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
    parameters.put(JRParameter.REPORT_TIME_ZONE, java.util.TimeZone.getTimeZone(CHINA));
    JasperPrint print = JasperFillManager.getInstance(JasperEnvironment.context())
        .fill(master, parameters, new JREmptyDataSource(1));
    print.setName(context.periodTitle() + " " + context.scopeName());
    return print;
  }

  private static SQLException rootSqlError(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw Errors.unwritable(folder, e);
    }
  }
}
