package org.npcwh.app;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.npcwh.core.period.Period;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --period P} (repeatable) and {@code --from M --to M}: the periods a command computes. */
final class PeriodOptions {
  @Option(names = {"-p", "--period"}, paramLabel = "P", converter = PeriodConverter.class,
      description = "A month (2023-01), quarter (2023-Q1) or year (2023). Repeat for several.")
  List<Period> periods = new ArrayList<>();

  @Option(names = "--from", paramLabel = "MONTH", description = "First month of a range (e.g. 2022-01).")
  YearMonth from;

  @Option(names = "--to", paramLabel = "MONTH", description = "Last month of a range (e.g. 2023-06).")
  YearMonth to;

  @Option(names = "--rollups",
      description = "Also compute every quarter and year whose months are all among the given months"
          + " (a partial quarter or year is left out: its sources cannot all be complete yet).")
  boolean rollups;

  /** The periods asked for, sorted and without repeats; at least one. */
  List<Period> resolve(picocli.CommandLine commandLine) {
    TreeSet<Period> all = new TreeSet<>(periods);
    if ((from == null) != (to == null)) {
      throw new ParameterException(commandLine, "--from and --to go together: give both, e.g. --from 2022-01 --to 2023-06");
    }
    if (from != null) {
      try {
        all.addAll(Period.months(from, to));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(commandLine, e.getMessage());
      }
    }
    if (rollups) {
      all.addAll(rollupsOf(all));
    }
    if (all.isEmpty()) {
      throw new ParameterException(commandLine, "no period given: use --period P (repeatable) or --from M --to M");
    }
    return List.copyOf(all);
  }

  /** The quarters and years all of whose months are among the given periods. */
  static List<Period> rollupsOf(java.util.Collection<Period> periods) {
    java.util.Set<Period> months = periods.stream()
        .filter(p -> p.grain() == org.npcwh.core.period.Grain.MONTH)
        .collect(java.util.stream.Collectors.toSet());
    TreeSet<Period> out = new TreeSet<>();
    for (Period month : months) {
      int year = month.start().getYear();
      out.add(Period.quarter(year, (month.start().getMonthValue() - 1) / 3 + 1));
      out.add(Period.year(year));
    }
    out.removeIf(rollup -> !months.containsAll(monthsOf(rollup)));
    return List.copyOf(out);
  }

  private static List<Period> monthsOf(Period period) {
    return Period.months(YearMonth.from(period.start()), YearMonth.from(period.end()));
  }

  /** Picocli converter, so a bad period is a usage error with the accepted forms. */
  static final class PeriodConverter implements picocli.CommandLine.ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      try {
        return Period.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
