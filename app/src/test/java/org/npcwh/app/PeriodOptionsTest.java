package org.npcwh.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.npcwh.core.period.Period;

class PeriodOptionsTest {
  @Test
  void rollupsAreTheCompleteQuartersAndYearsOfTheGivenMonths() {
    List<Period> months = Period.months(YearMonth.of(2022, 2), YearMonth.of(2023, 6));
    assertThat(PeriodOptions.rollupsOf(months)).extracting(Period::label)
        .containsExactly("2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2");
  }

  @Test
  void aFullYearOfMonthsRollsUpToItsQuartersAndTheYear() {
    List<Period> months = Period.months(YearMonth.of(2022, 1), YearMonth.of(2022, 12));
    assertThat(PeriodOptions.rollupsOf(months)).extracting(Period::label)
        .containsExactly("2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2022");
  }

  @Test
  void quartersAndYearsGivenAlreadyAddNothing() {
    assertThat(PeriodOptions.rollupsOf(List.of(Period.parse("2023-Q1"), Period.parse("2023")))).isEmpty();
  }
}
