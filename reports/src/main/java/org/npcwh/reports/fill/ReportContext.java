package org.npcwh.reports.fill;

import java.sql.Date;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperReport;
import org.npcwh.core.metric.Metric;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.metric.Unit;
import org.npcwh.core.period.Period;
import org.npcwh.reports.template.Templates;

/**
 * Everything a report's templates read besides their own queries, passed to every template as the
 * parameter {@code CTX}: the period and its neighbours, the scope, the catalogue's labels and the
 * formatting of figures. Templates derive their query parameters from it, so that a section needs
 * only {@code CTX} (and its own switches) from its parent.
 */
public final class ReportContext {
  /** How many months the trend charts cover, ending with the period's last month. */
  static final int TREND_MONTHS = 12;

  private final Period period;
  private final ReportScope scope;
  private final MetricLabels labels;
  private final List<KeyPoint> keyPoints;

  public ReportContext(Period period, ReportScope scope, MetricLabels labels, List<KeyPoint> keyPoints) {
    this.period = period;
    this.scope = scope;
    this.labels = labels;
    this.keyPoints = List.copyOf(keyPoints);
  }

  /** The sentences of the 要点 page, in order. */
  public List<String> keyPointTexts() {
    return keyPoints.stream().map(KeyPoint::text).toList();
  }

  /**
   * A metric's id when the catalogue knows it, else null: a section column given a metric the warehouse
   * does not have yet stays empty (the tables hide a null column).
   */
  public String known(String metricId) {
    return labels.has(metricId) ? metricId : null;
  }

  /** Whether the catalogue knows at least one of the metrics (a section of only unknown ones is left out). */
  public boolean knowsAny(String... metricIds) {
    return Arrays.stream(metricIds).anyMatch(labels::has);
  }

  public JRTemplate styles() {
    return Templates.styles();
  }

  /** A section's compiled template, by name. */
  public JasperReport template(String name) {
    return Templates.report(name);
  }

  public String period() {
    return period.label();
  }

  public String previousPeriod() {
    return period.previous().label();
  }

  public String lastYearPeriod() {
    return period.sameLastYear().label();
  }

  public Date periodStart() {
    return Date.valueOf(period.start());
  }

  public Date periodEnd() {
    return Date.valueOf(period.end());
  }

  /** January 1 of the year of the period's end: where a year-to-date count starts. */
  public Date yearToDateFrom() {
    return Date.valueOf(period.end().withDayOfYear(1));
  }

  /** First day of the first month of the trend charts. */
  public Date trendFrom() {
    return Date.valueOf(YearMonth.from(period.end()).minusMonths(TREND_MONTHS - 1L).atDay(1));
  }

  /** First day of the last month of the trend charts (the period's last month). */
  public Date trendTo() {
    return Date.valueOf(YearMonth.from(period.end()).atDay(1));
  }

  public String periodTitle() {
    return PeriodText.zh(period);
  }

  public String scopeType() {
    return scope.type().name();
  }

  public String scopeCode() {
    return scope.code();
  }

  public String scopeName() {
    return scope.name();
  }

  public boolean isCity() {
    return scope.type() == ScopeType.CITY;
  }

  /**
   * Whether a section that lists rows of the given scope type ("DISTRICT", "DEPARTMENT") belongs in
   * this report: the city's report lists every scope, a district's or department's only its own kind.
   */
  public boolean lists(String rowScopeType) {
    return scope.type() == ScopeType.CITY || scope.type().name().equals(rowScopeType);
  }

  /** The one scope code rows of that type are filtered to, or null for all of them. */
  public String onlyCode(String rowScopeType) {
    return scope.type().name().equals(rowScopeType) ? scope.code() : null;
  }

  /** The department lists (letters, evaluations) are filtered to, or null for all. */
  public String onlyDepartment() {
    return onlyCode(ScopeType.DEPARTMENT.name());
  }

  /** The catalogue order of all metrics, comma-separated, for ordering rows in SQL. */
  public String metricOrder() {
    return Arrays.stream(Metric.values()).map(Metric::id).collect(Collectors.joining(","));
  }

  /**
   * The query parameters of a trend chart's monthly series of one metric for this scope (a mutable
   * map: Jasper adds its own entries).
   */
  public Map<String, Object> trendParameters(String metricId) {
    return new HashMap<>(Map.of("METRIC", metricId, "SCOPE_TYPE", scopeType(), "SCOPE_CODE", scopeCode(),
        "FROM", trendFrom(), "TO", trendTo()));
  }

  /** The count metric of the first trend chart for this kind of scope. */
  public String trendCountMetric() {
    return (scope.type() == ScopeType.DEPARTMENT ? Metric.LETTERS_SENT : Metric.MESSAGES_RECEIVED).id();
  }

  /** The rate metric of the second trend chart for this kind of scope. */
  public String trendRateMetric() {
    return (scope.type() == ScopeType.DISTRICT ? Metric.DEPUTY_ENGAGEMENT_RATE : Metric.LETTER_ON_TIME_RATE).id();
  }

  /** The catalogue's Chinese name of a metric. */
  public String name(String metricId) {
    return metricId == null ? null : labels.get(metricId).nameZh();
  }

  /** A column header: the name, and the unit unless the figures carry it (rates carry "%"). */
  public String header(String metricId) {
    if (metricId == null) {
      return null;
    }
    MetricLabels.Label label = labels.get(metricId);
    return label.unit() == Unit.RATE ? label.nameZh() : label.nameZh() + "（" + label.unit().suffixZh() + "）";
  }

  /** A narrow table column's header: the name, and the unit on a line of its own. */
  public String columnHeader(String metricId) {
    String header = header(metricId);
    return header == null ? null : header.replace("（", "\n（");
  }

  /** A set-aside reason code with its Chinese wording. */
  public String reasonText(String reasonCode) {
    return SetAsideReasons.describe(reasonCode);
  }

  /** A data-quality check as the appendix names it: its Chinese label, then its id. */
  public String checkName(String table, String checkId) {
    return CheckLabels.describe(table, checkId);
  }

  /** A value a data-quality check observed. */
  /** An observed value for a text field: the number, formatted by {@link #observedPattern}, or text. */
  public Object observed(Double value) {
    return FigureFormat.observedNumber(value);
  }

  public String observedPattern() {
    return FigureFormat.OBSERVED_PATTERN;
  }

  /** A figure for a text field: the number as shown, formatted by {@link #figurePattern}, or "—". */
  public Object figure(Double value, String metricId) {
    return FigureFormat.number(value, labels.get(metricId).unit());
  }

  public String figurePattern(String metricId) {
    return FigureFormat.pattern(labels.get(metricId).unit());
  }

  /** A change for a text field: the number as shown, formatted by {@link #changePattern}, or "—". */
  public Object change(Double delta, String metricId) {
    return FigureFormat.changeNumber(delta, labels.get(metricId).unit());
  }

  public String changePattern(Double delta, String metricId) {
    Unit unit = labels.get(metricId).unit();
    return FigureFormat.changePattern(FigureFormat.changeNumber(delta, unit), unit);
  }
}
