package org.npcwh.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.npcwh.core.error.UserException;
import org.npcwh.core.period.Period;

class MonthlyRunsTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2024-02-29T17:30:00Z");

  private static OffsetDateTime at(String text) {
    return OffsetDateTime.parse(text);
  }

  @Test
  void aMonthRunsOverItsOwnDaysInShanghaiWithTheLogicalDateAtTheStart() {
    TriggerRunRequest december = MonthlyRuns.trigger(Period.parse("2023-12"), null, NOW);

    assertThat(december.logicalDate()).isEqualTo(at("2023-12-01T00:00:00+08:00"));
    assertThat(december.logicalDate().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    assertThat(december.dataIntervalStart()).isEqualTo(at("2023-12-01T00:00:00+08:00"));
    assertThat(december.dataIntervalEnd()).isEqualTo(at("2024-01-01T00:00:00+08:00"));
    assertThat(december.conf()).isEqualTo(Map.of("period", "2023-12"));
    // 17:30 UTC on 29 Feb is 01:30 on 1 March in Shanghai.
    assertThat(december.dagRunId()).isEqualTo("npcwh__2023-12__20240301T013000");
  }

  @Test
  void aGivenRunIdIsKept() {
    assertThat(MonthlyRuns.trigger(Period.parse("2024-02"), "rerun-feb", NOW).dagRunId()).isEqualTo("rerun-feb");
    assertThat(MonthlyRuns.trigger(Period.parse("2024-02"), null, NOW).dataIntervalEnd())
        .isEqualTo(at("2024-03-01T00:00:00+08:00"));
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
