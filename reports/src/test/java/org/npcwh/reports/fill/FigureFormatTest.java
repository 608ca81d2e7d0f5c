package org.npcwh.reports.fill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.npcwh.core.metric.Unit;

class FigureFormatTest {

  @Test
  void writesEachUnitItsOwnWay() {
    assertThat(FigureFormat.value(1234.0, Unit.COUNT)).isEqualTo("1,234");
    assertThat(FigureFormat.value(0.8125, Unit.RATE)).isEqualTo("81.3%");
    assertThat(FigureFormat.value(1.0, Unit.RATE)).isEqualTo("100.0%");
    assertThat(FigureFormat.value(12.25, Unit.DAYS)).isEqualTo("12.3");
    assertThat(FigureFormat.value(88.25, Unit.SCORE)).isEqualTo("88.3");
    assertThat(FigureFormat.value(1903.44, Unit.PER_DAY)).isEqualTo("1,903.4");
    assertThat(FigureFormat.value(12.35, Unit.POINTS)).isEqualTo("12.4");
    assertThat(FigureFormat.value(1.04, Unit.WAN_YUAN)).isEqualTo("1.0");
  }

  @Test
  void missingFiguresAreADash() {
    assertThat(FigureFormat.value(null, Unit.COUNT)).isEqualTo("—");
    assertThat(FigureFormat.value(Double.NaN, Unit.RATE)).isEqualTo("—");
    assertThat(FigureFormat.change(null, Unit.RATE)).isEqualTo("—");
  }

  @Test
  void observedValuesOfChecksKeepUpToThreeDecimals() {
    assertThat(FigureFormat.observed(0.6666666666666666)).isEqualTo("0.667");
    assertThat(FigureFormat.observed(46.0)).isEqualTo("46");
    assertThat(FigureFormat.observed(12345.5)).isEqualTo("12,345.5");
    assertThat(FigureFormat.observed(0.0005)).isEqualTo("0.001");
    assertThat(FigureFormat.observed(null)).isEqualTo("—");
    assertThat(FigureFormat.observed(Double.POSITIVE_INFINITY)).isEqualTo("∞");
  }

  @Test
  void changesCarryASignAndRatesChangeInPercentagePoints() {
    assertThat(FigureFormat.change(34.0, Unit.COUNT)).isEqualTo("+34");
    assertThat(FigureFormat.change(-2345.0, Unit.COUNT)).isEqualTo("-2,345");
    assertThat(FigureFormat.change(0.0, Unit.COUNT)).isEqualTo("0");
    assertThat(FigureFormat.change(0.0125, Unit.RATE)).isEqualTo("+1.3个百分点");
    assertThat(FigureFormat.change(-0.05, Unit.RATE)).isEqualTo("-5.0个百分点");
    assertThat(FigureFormat.change(-0.04, Unit.DAYS)).isEqualTo("0.0");
  }
}
