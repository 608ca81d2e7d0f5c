package org.npcwh.reports.deputy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.npcwh.core.period.Period;
import org.npcwh.reports.fill.FigureFormat;
import org.npcwh.reports.fill.NamedQueries;

/**
 * Reads the facts of every deputy's file with one query per table ({@code reports/deputy-files.sql})
 * and groups them by deputy, so that filling thousands of files runs no SQL.
 */
final class DeputyFacts {
  static final int DUTY = 1;
  static final int SUGGESTIONS = 2;
  static final int LETTERS = 3;
  private static final String RECEPTION = "RECEPTION";
  private static final NamedQueries SECTIONS = NamedQueries.load("/reports/deputy-files.sql", "section");

  private DeputyFacts() {}

  /** The files of the deputies serving at P.end, in deputy_id order. */
  static List<DeputyFile> read(Connection connection, Period period) throws SQLException {
    Map<String, Object> values = Map.of("ytd_from", Date.valueOf(LocalDate.of(period.end().getYear(), 1, 1)),
        "period_end", Date.valueOf(period.end()));
    Map<String, List<Map<String, ?>>> duty = new HashMap<>();
    Map<String, BigDecimal> points = new HashMap<>();
    Map<String, Long> receptions = new HashMap<>();
    boolean hasDutyRecords = hasDutyRecords(connection, values);
    if (hasDutyRecords) {
      SECTIONS.each(connection, "duty", values, r -> {
        String deputy = r.getString("deputy_id");
        BigDecimal earned = r.getBigDecimal("points");
        BigDecimal cap = r.getBigDecimal("annual_cap");
        duty.computeIfAbsent(deputy, k -> new ArrayList<>()).add(row(DUTY, r.getString("type_name"),
            String.valueOf(r.getLong("records")), decimal(r.getBigDecimal("hours")), decimal(earned),
            cap == null ? "无上限" : decimal(cap), cap != null && earned != null && earned.compareTo(cap) >= 0 ? "已达上限" : ""));
        if (earned != null) {
          points.merge(deputy, earned, BigDecimal::add);
        }
        if (RECEPTION.equals(r.getString("duty_type"))) {
          receptions.put(deputy, r.getLong("records"));
        }
      });
    }
    Map<String, List<Map<String, ?>>> suggestions = new HashMap<>();
    SECTIONS.each(connection, "suggestions", values, r -> suggestions.computeIfAbsent(r.getString("deputy_id"),
        k -> new ArrayList<>()).add(row(SUGGESTIONS, r.getString("suggestion_id"), r.getString("title"),
            r.getString("department_name"), String.valueOf(r.getDate("submitted_on")),
            DeputyText.rating(r.getString("reply_rating"), (Number) r.getObject("reply_score")),
            DeputyText.rating(r.getString("implementation_rating"), null))));
    Map<String, List<Map<String, ?>>> letters = new HashMap<>();
    SECTIONS.each(connection, "letters", values, r -> {
      Date answered = r.getDate("answered_on");
      letters.computeIfAbsent(r.getString("deputy_id"), k -> new ArrayList<>()).add(row(LETTERS,
          r.getString("letter_id"), r.getString("department_name"), String.valueOf(r.getDate("sent_on")),
          String.valueOf(r.getDate("deadline_on")), answered == null ? FigureFormat.MISSING : answered.toString(),
          DeputyText.letterState(r.getDate("deadline_on").toLocalDate(),
              answered == null ? null : answered.toLocalDate(), period.end()),
          DeputyText.rating(r.getString("satisfaction"), null)));
    });

    List<DeputyFile> files = new ArrayList<>();
    SECTIONS.each(connection, "deputies", values, r -> {
      String id = r.getString("deputy_id");
      List<Map<String, ?>> rows = new ArrayList<>();
      rows.addAll(orNote(duty.get(id), DUTY, hasDutyRecords ? "本年度尚无履职登记。" : "本仓库尚未接入履职登记数据。"));
      rows.addAll(orNote(suggestions.get(id), SUGGESTIONS, "本年度尚未领衔提出建议。"));
      rows.addAll(orNote(letters.get(id), LETTERS, "本年度尚未发出代表联系函。"));
      files.add(new DeputyFile(id, r.getString("name"), DeputyText.level(r.getString("level")),
          r.getString("district_name"), r.getString("station_name"), r.getString("professional_group"),
          hasDutyRecords ? decimal(points.getOrDefault(id, BigDecimal.ZERO)) : FigureFormat.MISSING,
          receptions.getOrDefault(id, 0L), rows));
    });
    return files;
  }

  private static boolean hasDutyRecords(Connection connection, Map<String, Object> values) throws SQLException {
    boolean[] present = {false};
    SECTIONS.each(connection, "has_duty_records", values, r -> present[0] = r.getBoolean("present"));
    return present[0];
  }

  private static List<Map<String, ?>> orNote(List<Map<String, ?>> rows, int section, String note) {
    return rows != null ? rows : List.of(Map.of("section", section, "note", note));
  }

  private static Map<String, ?> row(int section, String... texts) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("section", section);
    for (int i = 0; i < texts.length; i++) {
      row.put("c" + (i + 1), texts[i]);
    }
    return row;
  }

  private static String decimal(BigDecimal value) {
    return value == null ? FigureFormat.MISSING : FigureFormat.decimal(value.doubleValue());
  }
}
