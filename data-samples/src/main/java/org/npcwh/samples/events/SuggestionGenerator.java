package org.npcwh.samples.events;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Municipal deputies' suggestions (about 850 a year, 70% at the annual session of the 7th Shenzhen
 * congress: {@code 7-2} in January 2022, {@code 7-3} in January 2023), assigned 2–4 weeks later to
 * a lead bureau and sometimes co-handling ones; replies, reply- and implementation-stage evaluations
 * and 复核 reviews after a second-round reply. The September 2022 evaluations come as GB18030.
 */
public final class SuggestionGenerator {
  public static final int PER_YEAR = 850;
  private static final String[] CLASSES = {"A", "B", "C", "D"};
  private static final String[] RATINGS = {"SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"};

  private final World world;
  private final double scale;
  private final Draw draw;
  private final List<Deputy> municipal;
  private final Outputs out = new Outputs();
  private final List<Row> assignedSuggestions = new ArrayList<>();
  private final List<Row> commitments = new ArrayList<>();
  private int suggestionSeq;
  private int replySeq;
  private int evaluationSeq;

  private static final class Outputs {
    MonthlyBatches suggestions;
    MonthlyBatches replies;
    MonthlyBatches evaluations;
  }

  public SuggestionGenerator(World world, double scale, long seed) {
    this.world = world;
    this.scale = scale;
    this.draw = new Draw(seed, "suggestions");
    this.municipal = world.deputies().all().stream().filter(d -> d.level().equals("MUNICIPAL")).toList();
  }

  public static FileStyle evaluationStyle(YearMonth month) {
    return month.equals(YearMonth.of(2022, 9)) ? FileStyle.CSV_GB18030 : FileStyle.CSV;
  }

  /** Every suggestion as assigned to its lead department (professional groups supervise some). */
  public List<Row> assigned() {
    return assignedSuggestions;
  }

  /** Every reply with a commitment and its due date (the 承诺台账 that "回头看" checks follow). */
  public List<Row> commitments() {
    return commitments;
  }

  /** Returns the rows written: suggestions, replies, evaluations. */
  public long[] write(Landing landing) throws IOException {
    try (MonthlyBatches s = new MonthlyBatches(landing, SourceDataset.SUGGESTIONS, m -> FileStyle.CSV);
        MonthlyBatches r = new MonthlyBatches(landing, SourceDataset.SUGGESTION_REPLIES, m -> FileStyle.CSV);
        MonthlyBatches e = new MonthlyBatches(landing, SourceDataset.EVALUATIONS,
            SuggestionGenerator::evaluationStyle)) {
      out.suggestions = s;
      out.replies = r;
      out.evaluations = e;
      year("7-2", LocalDate.of(2022, 1, 18));
      year("7-3", LocalDate.of(2023, 1, 9));
      BadRows.inject(s);
      BadRows.inject(r);
      BadRows.inject(e);
      return new long[] {s.rows(), r.rows(), e.rows()};
    }
  }

  private void year(String session, LocalDate sessionStart) throws IOException {
    int n = draw.scaled(PER_YEAR, scale);
    LocalDate[] submitted = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      submitted[i] = i < n * 7 / 10 ? sessionStart.plusDays(draw.between(0, 3))
          : draw.dateBetween(sessionStart.plusDays(20), LocalDate.of(sessionStart.getYear(), 12, 31));
    }
    Arrays.sort(submitted);
    for (LocalDate day : submitted) {
      if (!day.isAfter(SampleCalendar.LAST_DAY)) {
        suggestion(session, day, day.isBefore(sessionStart.plusDays(4)));
      }
    }
  }

  private void suggestion(String session, LocalDate submitted, boolean atSession) throws IOException {
    Deputy lead = draw.pick(municipal);
    while (!lead.servingAt(submitted)) {
      lead = draw.pick(municipal);
    }
    String topic = draw.pick(world.departments().topics());
    Department leadDept = draw.chance(0.8) ? draw.pick(world.departments().forTopic(topic))
        : world.departments().ofDistrict(lead.districtCode());
    List<Department> co = coDepartments(leadDept);
    LocalDate assigned = submitted.plusDays(atSession ? draw.between(21, 28) : draw.between(14, 28));
    boolean extended = draw.chance(0.08);
    Row v = Row.of(SourceDataset.SUGGESTIONS)
        .set("suggestion_id", String.format("SG%d%05d", submitted.getYear(), ++suggestionSeq))
        .set("session", session)
        .set("lead_deputy_id", lead.id())
        .set("cosigner_count", draw.chance(0.4) ? 0 : draw.between(1, 15))
        .set("title", Texts.suggestionTitle(draw, topic))
        .set("category", topic)
        .set("submitted_on", submitted)
        .set("is_key", false)
        .set("extended", false)
        .set("updated_at", draw.timeOn(submitted, 9, 18));
    List<Row> versions = new ArrayList<>(List.of(v));
    versions.add(v = v.copy()
        .set("assigned_on", assigned)
        .set("lead_department_code", leadDept.code())
        .set("co_department_codes", co.isEmpty() ? null : co.stream().map(Department::code).toList())
        .set("is_key", draw.chance(0.05))
        .set("updated_at", draw.timeOn(assigned, 9, 18)));
    if (extended) {
      versions.add(v.copy().set("extended", true)
          .set("updated_at", draw.timeOn(assigned.plusDays(draw.between(30, 60)), 9, 18)));
    }
    out.suggestions.emit(versions);
    assignedSuggestions.add(v);
    String id = (String) v.get("suggestion_id");
    LocalDate deadline = assigned.plusMonths(extended ? 6 : 3);
    double r = draw.unit();
    if (r < 0.04) {
      return;
    }
    LocalDate replied = r < 0.12 ? deadline.plusDays(draw.between(1, 45))
        : draw.dateBetween(max(assigned.plusDays(10), deadline.minusDays(60)), deadline);
    LocalDate coFrom = assigned.plusDays(7);
    for (Department c : co) {
      reply(id, c, 1, draw.dateBetween(coFrom, max(coFrom, replied.minusDays(3))), CLASSES[draw.weighted(44, 48, 5, 3)]);
    }
    Row leadReply = reply(id, leadDept, 1, replied, CLASSES[draw.weighted(44, 48, 5, 3)]);
    evaluate(id, leadReply);
  }

  private void evaluate(String suggestionId, Row reply) throws IOException {
    LocalDate replied = (LocalDate) reply.get("replied_on");
    Row first = evaluation(suggestionId, reply, "REPLY", replied.plusDays(draw.between(10, 30)),
        RATINGS[draw.weighted(68, 26, 6)], null);
    if (first.get("rating").equals("UNSATISFIED")) {
      LocalDate again = ((LocalDate) first.get("evaluated_on")).plusDays(draw.between(20, 50));
      Row second = reply(suggestionId, reply.text("department_code"), 2, again, CLASSES[draw.weighted(50, 45, 5, 0)]);
      evaluation(suggestionId, second, "REPLY", again.plusDays(draw.between(10, 30)),
          RATINGS[draw.weighted(30, 40, 30)], first.text("evaluation_id"));
    }
    if (!reply.get("result_class").equals("D") && draw.chance(0.55)) {
      evaluation(suggestionId, reply, "IMPLEMENTATION", replied.plusDays(draw.between(120, 240)),
          RATINGS[draw.weighted(60, 32, 8)], null);
    }
  }

  private Row evaluation(String suggestionId, Row reply, String stage, LocalDate on, String rating, String reviews)
      throws IOException {
    int score = switch (rating) {
      case "SATISFIED" -> draw.between(90, 100);
      case "BASICALLY_SATISFIED" -> draw.between(75, 89);
      default -> draw.between(40, 74);
    };
    Row e = Row.of(SourceDataset.EVALUATIONS)
        .set("evaluation_id", String.format("EV%07d", ++evaluationSeq))
        .set("suggestion_id", suggestionId)
        .set("reply_id", reply.get("reply_id"))
        .set("evaluated_on", on)
        .set("stage", stage)
        .set("rating", rating)
        .set("score", draw.chance(0.05) ? null : score)
        .set("reviews_evaluation_id", reviews)
        .set("updated_at", draw.timeOn(on, 9, 20));
    out.evaluations.emit(e);
    return e;
  }

  private Row reply(String suggestionId, Department dept, int round, LocalDate on, String resultClass)
      throws IOException {
    return reply(suggestionId, dept.code(), round, on, resultClass);
  }

  private Row reply(String suggestionId, String deptCode, int round, LocalDate on, String resultClass)
      throws IOException {
    boolean promise = resultClass.equals("B") || resultClass.equals("C");
    Row r = Row.of(SourceDataset.SUGGESTION_REPLIES)
        .set("reply_id", String.format("RP%07d", ++replySeq))
        .set("suggestion_id", suggestionId)
        .set("department_code", deptCode)
        .set("round", round)
        .set("replied_on", on)
        .set("result_class", resultClass)
        .set("commitment", promise ? Texts.commitment(on.getYear() + (resultClass.equals("C") ? 1 : 0)) : null)
        .set("commitment_due_on", promise ? on.plusMonths(draw.between(3, 12)) : null)
        .set("updated_at", draw.timeOn(on, 9, 18));
    out.replies.emit(r);
    if (promise) {
      commitments.add(r);
    }
    return r;
  }

  private List<Department> coDepartments(Department lead) {
    int n = new int[] {0, 1, 2}[draw.weighted(75, 18, 7)];
    List<Department> co = new ArrayList<>();
    while (co.size() < n) {
      Department d = draw.pick(world.departments().municipal());
      if (!d.equals(lead) && !co.contains(d)) {
        co.add(d);
      }
    }
    return co;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
