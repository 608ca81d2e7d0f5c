package org.npcwh.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.npcwh.core.error.UserException;
import org.npcwh.core.period.Period;

class MonthlyRunsTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2024-02-29T17:30:00Z");

  private static OffsetDateTime at(String text) {
    return OffsetDateTime.parse(text);
  }

  @Test
  void aMonthRunsOverTheTimetablesIntervalWithTheLogicalDateAtItsStart() {
    TriggerRunRequest december = MonthlyRuns.trigger(Period.parse("2023-12"), null, NOW);

    // "0 2 1 * *" in Shanghai: December's interval is 1 Dec 02:00 to 1 Jan 02:00 (+08:00).
    assertThat(december.logicalDate()).isEqualTo(at("2023-12-01T02:00:00+08:00"));
    assertThat(december.logicalDate().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    assertThat(december.dataIntervalStart()).isEqualTo(at("2023-12-01T02:00:00+08:00"));
    assertThat(december.dataIntervalEnd()).isEqualTo(at("2024-01-01T02:00:00+08:00"));
    assertThat(december.conf()).isEqualTo(Map.of("period", "2023-12"));
    // 17:30 UTC on 29 Feb is 01:30 on 1 March in Shanghai.
    assertThat(december.dagRunId()).isEqualTo("npcwh__2023-12__20240301T013000");
  }

  /**
   * The coupling named in {@link MonthlyRuns}: a triggered run must get the logical date the DAG's
   * timetable gives the month, or Airflow holds two runs for one month. The schedule is read from
   * {@code dags/npc_monthly.py} as text (no Airflow here), so a change of the cron, its time zone
   * or the kind of timetable fails this test until the client follows.
   */
  @Test
  void theLogicalDateIsTheOneTheDagsTimetableGivesTheMonth() throws IOException {
    String dag = Files.readString(DagFixturesTest.DAG);
    Matcher timetable = Pattern.compile("CronDataIntervalTimetable\\(\\s*\"([^\"]+)\"\\s*,"
        + "\\s*timezone\\s*=\\s*([A-Za-z_][\\w.]*(?:\\(\"[^\"]+\"\\))?)\\s*\\)").matcher(dag);
    assertThat(timetable.find()).as("a CronDataIntervalTimetable schedule in " + DagFixturesTest.DAG).isTrue();
    String[] cron = timetable.group(1).trim().split("\\s+");
    ZoneId zone = ZoneId.of(zoneName(dag, timetable.group(2)));
    // minute hour day-of-month month day-of-week: once a month, on the 1st, at a fixed time.
    assertThat(cron).hasSize(5);
    assertThat(List.of(cron[2], cron[3], cron[4])).containsExactly("1", "*", "*");
    LocalTime fires = LocalTime.of(Integer.parseInt(cron[1]), Integer.parseInt(cron[0]));

    for (String month : List.of("2023-01", "2023-06", "2024-02")) {
      LocalDate first = LocalDate.parse(month + "-01");
      TriggerRunRequest run = MonthlyRuns.trigger(Period.parse(month), null, NOW);
      assertThat(run.logicalDate().toInstant()).as(month)
          .isEqualTo(first.atTime(fires).atZone(zone).toInstant());
      assertThat(run.dataIntervalEnd().toInstant()).as(month)
          .isEqualTo(first.plusMonths(1).atTime(fires).atZone(zone).toInstant());
    }
    assertThat(MonthlyRuns.ZONE).isEqualTo(zone);
  }

  /** {@code SHANGHAI} (defined as {@code pendulum.timezone("...")}) or the call itself. */
  private static String zoneName(String dag, String timezone) {
    Matcher inline = Pattern.compile("timezone\\(\"([^\"]+)\"\\)").matcher(timezone);
    if (inline.find()) {
      return inline.group(1);
    }
    Matcher defined = Pattern.compile("(?m)^" + Pattern.quote(timezone)
        + "\\s*=\\s*pendulum\\.timezone\\(\"([^\"]+)\"\\)").matcher(dag);
    assertThat(defined.find()).as("the definition of " + timezone + " in the DAG file").isTrue();
    return defined.group(1);
  }

  @Test
  void aGivenRunIdIsKept() {
    assertThat(MonthlyRuns.trigger(Period.parse("2024-02"), "rerun-feb", NOW).dagRunId()).isEqualTo("rerun-feb");
    assertThat(MonthlyRuns.trigger(Period.parse("2024-02"), null, NOW).dataIntervalEnd())
        .isEqualTo(at("2024-03-01T02:00:00+08:00"));
  }

  @Test
  void aBackfillCoversTheFirstMonthsStartToTheLastMonthsLastSecond() {
    BackfillRequest request = MonthlyRuns.backfill("npc_monthly", Period.parse("2023-11"),
        Period.parse("2024-02"), ReprocessBehavior.NONE);

    assertThat(request.fromDate()).isEqualTo(at("2023-11-01T00:00:00+08:00"));
    assertThat(request.toDate()).isEqualTo(at("2024-02-29T23:59:59+08:00"));
    assertThat(request.runBackwards()).isFalse();
    assertThat(request.maxActiveRuns()).isEqualTo(1);
    assertThat(request.dagRunConf()).isEmpty();
  }

  @Test
  void aBackfillThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> MonthlyRuns.backfill("npc_monthly", Period.parse("2024-02"),
        Period.parse("2023-11"), ReprocessBehavior.NONE))
        .isInstanceOf(UserException.class)
        .hasMessageStartingWith("The months 2024-02 to 2023-11 cannot be backfilled: the range ends before it starts");
  }

  @Test
  void theMonthOfARunComesFromItsConfOrElseItsDataIntervalInShanghai() {
    DagRun scheduled = new DagRun("scheduled__2023-06-01T02:00:00+08:00", "npc_monthly", null, null,
        null, null, null, at("2023-05-31T18:00:00Z"), at("2023-06-30T18:00:00Z"), null, "scheduled",
        DagRunState.QUEUED, Map.of(), null);
    DagRun manual = new DagRun("m", "npc_monthly", null, null, null, null, null, null, null, null,
        "manual", DagRunState.QUEUED, Map.of("period", "2023-04"), null);

    assertThat(MonthlyRuns.periodOf(scheduled)).isEqualTo("2023-06");
    assertThat(MonthlyRuns.periodOf(manual)).isEqualTo("2023-04");
  }
}
