package org.npcwh.checks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.npcwh.core.contract.Field;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.core.table.NamedSql;

/**
 * Where the warehouse's data begins: the earliest event date ({@link SourceDataset#eventDate()})
 * among the ingested rows of the raw layer. A period that ends before it would be computed as zeros
 * meaning "no data yet", so it is refused before anything is computed or checked.
 */
public final class FirstData {
  private static final Statements SQL = new Statements("first_data.sql");

  /** The earliest event, and the dataset and field it comes from. */
  public record FirstEvent(LocalDate date, SourceDataset dataset, String field) {
    public YearMonth month() {
      return YearMonth.from(date);
    }

    @Override
    public String toString() {
      return date + " (" + dataset.datasetName() + "." + field + ")";
    }
  }

  private FirstData() {}

  /** The datasets whose rows carry an event date, in contract order. */
  static List<SourceDataset> eventDatasets() {
    return Arrays.stream(SourceDataset.values()).filter(d -> d.eventDate().isPresent()).toList();
  }

  /** The earliest event date in the raw layer, or empty when no event row has been ingested. */
  public static Optional<FirstEvent> earliest(WarehouseLayout layout) {
    FirstEvent first = null;
    try (Connection connection = DuckDb.inMemory()) {
      for (SourceDataset dataset : eventDatasets()) {
        List<Path> files = ParquetFiles.rawData(layout, dataset);
        if (files.isEmpty()) {
          continue;
        }
        Field field = dataset.eventDate().orElseThrow();
        LocalDate date = earliest(connection, field, files, layout.raw(dataset));
        if (date != null && (first == null || date.isBefore(first.date()))) {
          first = new FirstEvent(date, dataset, field.name());
        }
      }
    } catch (SQLException e) {
      throw Errors.unreadable(layout.raw(), e);
    }
    return Optional.ofNullable(first);
  }

  /** Refuses (exit 3) when any of {@code periods} ends before the first event of the warehouse. */
  public static void refusePeriodsBefore(WarehouseLayout layout, List<Period> periods) {
    Optional<FirstEvent> first = earliest(layout);
    List<String> refused = periods.stream()
        .filter(p -> first.isEmpty() || p.end().isBefore(first.get().date()))
        .map(Period::label).toList();
    if (refused.isEmpty()) {
      return;
    }
    if (first.isEmpty()) {
      throw Errors.noEventData(refused, eventDatasets().stream().map(SourceDataset::datasetName).toList());
    }
    throw Errors.periodBeforeFirstData(refused, first.get().month(), first.get().toString());
  }

  private static LocalDate earliest(Connection connection, Field field, List<Path> files, Path folder) {
    String column = '"' + field.storedName().replace("\"", "\"\"") + '"';
    NamedSql sql = NamedSql.parse(SQL.text("earliest_event").replace("{event_date}", column));
    try (var statement = sql.prepare(connection, Map.of("files", ParquetFiles.names(files)));
        var rows = statement.executeQuery()) {
      rows.next();
      return rows.getObject(1, LocalDate.class);
    } catch (SQLException e) {
      throw Errors.unreadable(folder, e);
    }
  }
}
