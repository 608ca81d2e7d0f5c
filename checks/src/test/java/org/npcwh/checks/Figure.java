package org.npcwh.checks;

/** One row of a metric_values fixture. */
record Figure(String period, String grain, String metricId, String scopeType, String scopeCode, Double value,
    Double numerator, Double denominator) {

  Figure withValue(Double newValue) {
    return new Figure(period, grain, metricId, scopeType, scopeCode, newValue, numerator, denominator);
  }

  Figure withFraction(Double newValue, Double newNumerator, Double newDenominator) {
    return new Figure(period, grain, metricId, scopeType, scopeCode, newValue, newNumerator, newDenominator);
  }

  Figure withScope(String newScopeType, String newScopeCode) {
    return new Figure(period, grain, metricId, newScopeType, newScopeCode, value, numerator, denominator);
  }

  Figure withPeriod(String newPeriod) {
    return new Figure(newPeriod, grain, metricId, scopeType, scopeCode, value, numerator, denominator);
  }

  boolean is(String metric, String type, String code) {
    return metricId.equals(metric) && scopeType.equals(type) && scopeCode.equals(code);
  }
}
