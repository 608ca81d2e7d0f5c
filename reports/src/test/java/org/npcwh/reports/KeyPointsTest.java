package org.npcwh.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.metric.ScopeType;
import org.npcwh.core.period.Period;
import org.npcwh.reports.fill.FigureFormat;
import org.npcwh.reports.fill.KeyPoint;
import org.npcwh.reports.fill.KeyPoints;
import org.npcwh.reports.fill.MetricLabels;
import org.npcwh.reports.fill.ReportScope;

/**
 * The 要点 sentences of {@code warehouse-fixture.sql}'s reports, worked out by hand from its rows, and
 * the proof that every number in every sentence is a metric_values row's value: each cited row is read
 * again and formatted, and the numbers of the text are exactly the cited figures, in order.
 */
class KeyPointsTest {
  /** A figure as the sentences write one: 1,234 · 81.3% · 12.5 (a sign never appears). */
  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?%?");
  private static final ReportScope EDUCATION = new ReportScope(ScopeType.DEPARTMENT, "D01", "市教育局");
  private static final ReportScope HOUSING = new ReportScope(ScopeType.DEPARTMENT, "D02", "市住房和建设局");
  private static final ReportScope LUOHU = new ReportScope(ScopeType.DISTRICT, "440303", "罗湖区");
  private static final String JUNE_WARNINGS = "本期数据质量检查提示：全市指标环比变动过大；数据源供数明显滞后（详见附录）。";

  @TempDir
  static Path root;
  static WarehouseLayout layout;

  @BeforeAll
  static void buildWarehouse() throws Exception {
    layout = TestWarehouse.create(root.resolve("wh"));
  }

  @Test
  void cityMonthTellsMovesLaggardsBacklogAndWarnings() throws Exception {
    // vs 2023-05: unsatisfied 3 → 1 (66.7 %), overdue letters 10 → 7 (30 %); messages 1,200 → 1,234 (2.8 %)
    // is third and below 10 %. vs 2022-06: messages 1,000 → 1,234 (23.4 %); homes 82 → 82 is no move.
    // Lowest department rate: D01's letters on time 75.0 % against the city's 81.3 % (D02 87.5 %).
    assertThat(texts(Period.parse("2023-06"), ReportScope.city())).containsExactly(
        "与上月相比，变动较大的是：建议答复不满意数由3个降至1个；逾期未答复联系函数由10个降至7个。",
        "与去年同月相比，变动较大的是：群众留言数由1,000个升至1,234个。",
        "各部门中联系函按期答复率最低的是市教育局（75.0%），全市为81.3%。",
        "本期建议答复不满意数为1个，其中市教育局最多（1个）。",
        "本期逾期未答复联系函数为7个，其中市教育局最多（5个）。",
        JUNE_WARNINGS);
  }

  @Test
  void departmentMonthTalksAboutTheDepartmentOnly() throws Exception {
    // D01: letters 100 → 90 is a move of exactly 10 %; no figures of 2022-06.
    assertThat(texts(Period.parse("2023-06"), EDUCATION)).containsExactly(
        "与上月相比，变动较大的是：代表联系函发出数由100个降至90个。",
        "市教育局的联系函按期答复率为75.0%，低于全市（81.3%）。",
        "本期建议答复不满意数为1个。",
        "本期逾期未答复联系函数为5个。",
        JUNE_WARNINGS);
    // D02 is above the city on its one rate, and its 0 unsatisfied replies are still told.
    assertThat(texts(Period.parse("2023-06"), HOUSING)).containsExactly(
        "本期建议答复不满意数为0个。", "本期逾期未答复联系函数为2个。", JUNE_WARNINGS);
  }

  @Test
  void districtMonthHasNoDepartmentSentences() throws Exception {
    assertThat(texts(Period.parse("2023-06"), LUOHU)).containsExactly(
        "与上月相比，变动较大的是：群众留言数由400个升至456个。", JUNE_WARNINGS);
  }

  @Test
  void quarterAndYearCompareWithTheirOwnPeriods() throws Exception {
    // Q2: 2,950 → 3,584 (21.5 %), on-time 80.0 % → 85.0 % is 6.25 %; 3,100 → 3,584 (15.6 %). Its run passed all.
    assertThat(texts(Period.parse("2023-Q2"), ReportScope.city())).containsExactly(
        "与上季度相比，变动较大的是：群众留言数由2,950个升至3,584个。",
        "与去年同季度相比，变动较大的是：群众留言数由3,100个升至3,584个。",
        "本期数据质量检查未发现预警。");
    // 2022 against 2021 once: messages 23.5 %, opinions 5,110 vs 4,800 only 6.5 %; no check run of 2022.
    assertThat(texts(Period.parse("2022"), ReportScope.city())).containsExactly(
        "与上年相比，变动较大的是：群众留言数由10,000个升至12,345个。", "本期尚未运行数据质量检查。");
  }

  @Test
  void smallMovesAreSaidToBeSmall() throws Exception {
    // 2023-04 against 2023-03: messages 1,100 → 1,150 (4.5 %), on-time 78.0 % → 76.0 % (2.6 %).
    assertThat(texts(Period.parse("2023-04"), ReportScope.city())).startsWith("与上月相比，各项指标变动均不大。");
  }

  @Test
  void everyFigureOfEverySentenceIsAMetricRow() throws Exception {
    List<Period> periods = List.of(Period.parse("2023-06"), Period.parse("2023-Q2"), Period.parse("2022"));
    List<ReportScope> scopes = List.of(ReportScope.city(), EDUCATION, HOUSING, LUOHU);
    int cited = 0;
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + layout.duckdb())) {
      MetricLabels labels = MetricLabels.load(connection);
      for (Period period : periods) {
        for (ReportScope scope : scopes) {
          for (KeyPoint point : KeyPoints.of(connection, period, scope, labels)) {
            List<String> figures = new ArrayList<>();
            for (KeyPoint.Cite cite : point.cites()) {
              Double stored = storedValue(connection, cite);
              assertThat(stored).as("%s cites a row that exists with a value", point.text()).isNotNull();
              assertThat(cite.shown()).isEqualTo(FigureFormat.value(stored, labels.get(cite.metricId()).unit()));
              figures.add(cite.shown());
              cited++;
            }
            assertThat(numbers(point.text())).as(point.text()).isEqualTo(figures);
          }
        }
      }
    }
    assertThat(cited).isEqualTo(28);
  }

  @Test
  void aMetricTheWarehouseLacksOrANullValueIsLeftUnsaid() throws Exception {
    WarehouseLayout other = TestWarehouse.create(root.resolve("lacking"));
    TestWarehouse.run(other, """
        DELETE FROM metric_catalog WHERE metric_id = 'letters_overdue_open';
        UPDATE metric_values SET value = NULL
         WHERE period = '2023-06' AND metric_id = 'letter_on_time_rate' AND scope_code = 'D01';
        """);
    assertThat(texts(other, Period.parse("2023-06"), ReportScope.city())).containsExactly(
        "与上月相比，变动较大的是：建议答复不满意数由3个降至1个。",
        "与去年同月相比，变动较大的是：群众留言数由1,000个升至1,234个。",
        "本期建议答复不满意数为1个，其中市教育局最多（1个）。",
        JUNE_WARNINGS);
  }

  private static List<String> texts(Period period, ReportScope scope) throws SQLException {
    return texts(layout, period, scope);
  }

  private static List<String> texts(WarehouseLayout warehouse, Period period, ReportScope scope) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse.duckdb())) {
      return KeyPoints.of(connection, period, scope, MetricLabels.load(connection)).stream()
          .map(KeyPoint::text).toList();
    }
  }

  private static Double storedValue(Connection connection, KeyPoint.Cite cite) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT value FROM metric_values"
        + " WHERE period = ? AND metric_id = ? AND scope_type = ? AND scope_code = ?")) {
      statement.setString(1, cite.period());
      statement.setString(2, cite.metricId());
      statement.setString(3, cite.scopeType());
      statement.setString(4, cite.scopeCode());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? (Double) rows.getObject(1) : null;
      }
    }
  }

  private static List<String> numbers(String text) {
    List<String> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      numbers.add(m.group());
    }
    return numbers;
  }
}
