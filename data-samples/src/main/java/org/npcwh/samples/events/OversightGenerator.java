package org.npcwh.samples.events;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.FileStyle;
import org.npcwh.samples.io.Landing;
import org.npcwh.samples.io.MonthlyBatches;
import org.npcwh.samples.io.Row;
import org.npcwh.samples.traps.BadRows;
import org.npcwh.samples.world.Departments.Department;
import org.npcwh.samples.world.Deputy;
import org.npcwh.samples.world.Draw;
import org.npcwh.samples.world.SampleCalendar;
import org.npcwh.samples.world.World;

/**
 * 监督: about two 人大代表·局长面对面 a month (scaled), 15 代表专题问政会 (13 of them from January 2022 to
 * February 2023, as published, and two in spring 2023), and the written performance reports
 * (依法履职报告) of February each year: 24 department heads in 2022, 31 in 2023 as published. Several
 * reports get a satisfaction vote, one of them 不满意 in 2023, and one vote in 2022 follows a
 * face-to-face session. Issues raised at face-to-face sessions and hearings are followed until
 * resolved (most within half a year). Attending municipal deputies are drawn so that their duty
 * records can name the session.
 */
public final class OversightGenerator {
  public static final int HEARINGS_BY_FEBRUARY_2023 = 13;
  public static final int PERFORMANCE_REPORTS_2023 = 31;
  private static final int PERFORMANCE_REPORTS_2022 = 24;
  /** Bodies that are not government departments and give no performance report. */
  private static final List<String> NOT_GOVERNMENT = List.of("SZ27", "SZ30");

  /** A session as held, with the deputies who attended it. */
  public record Session(String id, LocalDate heldOn, List<Deputy> attending) {}

  private final World world;
  private final double scale;
  private final Draw draw;
  private final List<Deputy> municipal;
  private final List<Session> sessions = new ArrayList<>();
  private MonthlyBatches sessionsOut;
  private MonthlyBatches issuesOut;
  private MonthlyBatches assessmentsOut;
  private int issueSeq;
  private int assessmentSeq;

  public OversightGenerator(World world, double scale, long seed) {
    this.world = world;
    this.scale = scale;
    this.draw = new Draw(seed, "oversight");
    this.municipal = world.deputies().all().stream().filter(d -> d.level().equals("MUNICIPAL")).toList();
  }

  /** Every session held, in id order. */
  public List<Session> sessions() {
    return sessions;
  }

  /** Returns the rows written: sessions, issues, assessments. */
  public long[] write(Landing landing) throws IOException {
    try (MonthlyBatches s = new MonthlyBatches(landing, SourceDataset.OVERSIGHT_SESSIONS, m -> FileStyle.CSV);
        MonthlyBatches i = new MonthlyBatches(landing, SourceDataset.OVERSIGHT_ISSUES, m -> FileStyle.CSV);
        MonthlyBatches a = new MonthlyBatches(landing, SourceDataset.DEPARTMENT_ASSESSMENTS, m -> FileStyle.CSV)) {
      sessionsOut = s;
      issuesOut = i;
      assessmentsOut = a;
      int hearings = 0;
      for (YearMonth month : SampleCalendar.months()) {
        if (month.getMonthValue() == 2) {
          performanceReports(month, month.getYear() == 2022 ? PERFORMANCE_REPORTS_2022 : PERFORMANCE_REPORTS_2023);
        } else if (hearings < HEARINGS_BY_FEBRUARY_2023 || month.getMonthValue() >= 5) {
          hearings++;
          session("HEARING", draw.pick(world.departments().municipal()), month.atDay(draw.between(10, 25)), 60, 120);
        }
        if (month.equals(YearMonth.of(2023, 2))) {
          hearings++;
          session("HEARING", draw.pick(world.departments().municipal()), month.atDay(draw.between(20, 27)), 60, 120);
        }
        for (int k = draw.scaled(2, scale); k > 0; k--) {
          Row face = session("FACE_TO_FACE", draw.pick(world.departments().municipal()),
              month.atDay(draw.between(1, month.lengthOfMonth())), 20, 40);
          if (month.equals(YearMonth.of(2022, 9)) && k == 1) {
            assess(face.text("department_code"), null, (LocalDate) face.get("held_on"), 30, 0);
          }
        }
      }
      BadRows.inject(s);
      BadRows.inject(i);
      BadRows.inject(a);
      return new long[] {s.rows(), i.rows(), a.rows()};
    }
  }

  /** February's written reports: heads of {@code n} departments; 4 (2022) or 6 (2023) voted on. */
  private void performanceReports(YearMonth month, int n) throws IOException {
    List<Department> reporting = new ArrayList<>(world.departments().all().stream()
        .filter(d -> !NOT_GOVERNMENT.contains(d.code())).toList().subList(0, n));
    LocalDate day = month.atDay(draw.between(20, 26));
    int[] verdicts = month.getYear() == 2022 ? new int[] {0, 0, 0, 1} : new int[] {0, 0, 0, 0, 1, 2};
    for (int k = 0; k < reporting.size(); k++) {
      Row s = session("PERFORMANCE_REPORT", reporting.get(k), day, 50, 80);
      if (k % 5 == 2 && k / 5 < verdicts.length) {
        assess(reporting.get(k).code(), s.text("session_id"), day, (Integer) s.get("deputies_attending"),
            verdicts[k / 5]);
      }
    }
  }

  private Row session(String type, Department dept, LocalDate held, int fewest, int most) throws IOException {
    String id = String.format("OS%05d", sessions.size() + 1);
    List<Deputy> serving = municipal.stream().filter(d -> d.servingAt(held)).toList();
    List<Deputy> attending = new ArrayList<>();
    int wanted = Math.min(serving.size(), draw.between(fewest, most));
    for (int i : draw.sample(indices(serving.size()), wanted)) {
      attending.add(serving.get(i));
    }
    sessions.add(new Session(id, held, attending));
    Row planned = Row.of(SourceDataset.OVERSIGHT_SESSIONS)
        .set("session_id", id)
        .set("session_type", type)
        .set("department_code", dept.code())
        .set("held_on", held)
        .set("updated_at", draw.timeOn(held.minusDays(draw.between(5, 15)), 9, 18));
    Row done = planned.copy().set("deputies_attending", attending.size())
        .set("updated_at", draw.timeOn(held, 17, 22));
    sessionsOut.emit(List.of(planned, done));
    if (!type.equals("PERFORMANCE_REPORT") || draw.chance(0.3)) {
      for (int k = type.equals("PERFORMANCE_REPORT") ? 1 : draw.between(2, 6); k > 0; k--) {
        issue(id, dept.code(), held);
      }
    }
    return done;
  }

  private void issue(String sessionId, String dept, LocalDate raised) throws IOException {
    Row open = Row.of(SourceDataset.OVERSIGHT_ISSUES)
        .set("issue_id", String.format("OI%06d", ++issueSeq))
        .set("session_id", sessionId)
        .set("department_code", dept)
        .set("raised_on", raised)
        .set("updated_at", draw.timeOn(raised.plusDays(draw.between(0, 2)), 9, 22));
    if (draw.chance(0.15)) {
      issuesOut.emit(open);
      return;
    }
    LocalDate resolved = raised.plusDays(draw.between(10, 200));
    issuesOut.emit(List.of(open, open.copy().set("resolved_on", resolved).set("updated_at", draw.timeOn(resolved, 9, 18))));
  }

  /** Votes of a verdict: 0 满意 (satisfied > half), 1 基本满意, 2 不满意. */
  private void assess(String dept, String sessionId, LocalDate on, int voters, int verdict) throws IOException {
    int satisfied = switch (verdict) {
      case 0 -> voters * draw.between(60, 85) / 100;
      case 1 -> voters * draw.between(30, 45) / 100;
      default -> voters * draw.between(15, 28) / 100;
    };
    int basically = verdict == 2 ? voters * draw.between(10, 18) / 100
        : Math.max(voters * 62 / 100 - satisfied, 0) + (voters - satisfied) * draw.between(0, 20) / 100;
    assessmentsOut.emit(Row.of(SourceDataset.DEPARTMENT_ASSESSMENTS)
        .set("assessment_id", String.format("DA%04d", ++assessmentSeq))
        .set("department_code", dept)
        .set("session_id", sessionId)
        .set("assessed_on", on)
        .set("votes_satisfied", satisfied)
        .set("votes_basically_satisfied", basically)
        .set("votes_unsatisfied", voters - satisfied - basically)
        .set("updated_at", draw.timeOn(on, 18, 22)));
  }

  private static int[] indices(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }
}
