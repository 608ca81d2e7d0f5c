package org.npcwh.core.metric;

import static org.npcwh.core.metric.Family.COVERAGE;
import static org.npcwh.core.metric.Family.DUTY;
import static org.npcwh.core.metric.Family.LEGISLATIVE;
import static org.npcwh.core.metric.Family.LIVELIHOOD;
import static org.npcwh.core.metric.Family.OVERSIGHT;
import static org.npcwh.core.metric.Family.RESPONSIVENESS;
import static org.npcwh.core.metric.Family.SATISFACTION;
import static org.npcwh.core.metric.Family.STREET_WORK;
import static org.npcwh.core.metric.Family.SUPPORT;
import static org.npcwh.core.metric.ScopeType.CITY;
import static org.npcwh.core.metric.ScopeType.DEPARTMENT;
import static org.npcwh.core.metric.ScopeType.DISTRICT;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The metric catalogue, declared once. The Spark jobs, the {@code metric_catalog} table, the DuckDB
 * comments, the report labels and the metric tables of {@code docs/contract/metrics.md} all come from
 * this enum.
 */
public enum Metric {
  HOMES_OPEN(COVERAGE, "人大代表之家数", "Homes open", Unit.COUNT, Shape.COUNT, scopes(CITY, DISTRICT),
      "HOME platforms open at P.end"),
  STATIONS_OPEN(COVERAGE, "代表联络站数", "Stations open", Unit.COUNT, Shape.COUNT, scopes(CITY, DISTRICT),
      "STATION platforms open at P.end"),
  POINTS_OPEN(COVERAGE, "联系点数", "Points open", Unit.COUNT, Shape.COUNT, scopes(CITY, DISTRICT),
      "POINT platforms open at P.end"),
  LEGISLATIVE_POINTS_OPEN(COVERAGE, "基层立法联系点数", "Legislative contact points open", Unit.COUNT, Shape.COUNT,
      scopes(CITY, DISTRICT),
      "platforms open at P.end with is_legislative_point and legislative_since <= P.end"),
  STREET_HOME_COVERAGE(COVERAGE, "街道代表之家覆盖率", "Street coverage by homes", Unit.RATE, Shape.RATIO,
      scopes(CITY, DISTRICT), "streets with at least one HOME open at P.end ÷ all streets"),
  COMMUNITY_STATION_COVERAGE(COVERAGE, "社区联络站覆盖率", "Community coverage by stations", Unit.RATE, Shape.RATIO,
      scopes(CITY, DISTRICT),
      "communities served (platform_coverage) by at least one STATION open at P.end ÷ all communities"),
  ONLINE_STATION_COVERAGE(COVERAGE, "网上联络站开通率", "Stations online", Unit.RATE, Shape.RATIO,
      scopes(CITY, DISTRICT),
      "STATIONs open at P.end with online_since <= P.end ÷ STATIONs open at P.end"),
  DEPUTY_ENGAGEMENT_RATE(COVERAGE, "代表进站履职率", "Deputy engagement rate", Unit.RATE, Shape.RATIO,
      scopes(CITY, DISTRICT),
      "deputies serving at P.end named in at least one activity held in P ÷ deputies serving at P.end"),
  AVG_DAILY_ONLINE_DEPUTIES(COVERAGE, "日均在线值班代表数", "Average deputies on online duty per day", Unit.PER_DAY,
      Shape.RATIO, scopes(CITY, DISTRICT),
      "distinct (deputy_id, duty_date) in duty_roster with duty_date in P ÷ days in P"
          + " (district by the roster row's platform)"),

  MESSAGES_RECEIVED(RESPONSIVENESS, "群众留言数", "Messages received", Unit.COUNT, Shape.COUNT,
      scopes(CITY, DISTRICT), "messages submitted in P (district by platform)"),
  MESSAGES_FORWARDED(RESPONSIVENESS, "转为联系函的留言数", "Messages forwarded as letters", Unit.COUNT, Shape.COUNT,
      scopes(CITY, DISTRICT), "messages submitted in P that carry a letter_id"),
  LETTERS_SENT(RESPONSIVENESS, "代表联系函发出数", "Letters sent", Unit.COUNT, Shape.COUNT,
      scopes(CITY, DEPARTMENT), "letters sent in P"),
  LETTER_ON_TIME_RATE(RESPONSIVENESS, "联系函按期答复率", "Letters answered on time", Unit.RATE, Shape.RATIO,
      scopes(CITY, DEPARTMENT),
      "letters with deadline D = date(sent_at) + 1 month in P, answered with date(answered_at) <= D"
          + " ÷ letters with D in P"),
  LETTER_MEDIAN_DAYS_TO_ANSWER(RESPONSIVENESS, "联系函答复天数中位数", "Median days to answer a letter",
      Unit.DAYS, Shape.MEDIAN, scopes(CITY, DEPARTMENT),
      "median of days from date(sent_at) to date(answered_at) over letters answered in P"),
  LETTERS_OVERDUE_OPEN(RESPONSIVENESS, "逾期未答复联系函数", "Letters overdue and unanswered", Unit.COUNT,
      Shape.COUNT, scopes(CITY, DEPARTMENT),
      "letters sent on or before P.end, with D < P.end, and not answered on or before P.end"),
  LETTER_SATISFACTION_RATE(RESPONSIVENESS, "联系函答复满意率", "Letter answer satisfaction", Unit.RATE, Shape.RATIO,
      scopes(CITY, DEPARTMENT),
      "letters answered in P and rated, rated SATISFIED or BASICALLY_SATISFIED ÷ letters answered in P and rated"),
  SUGGESTIONS_SUBMITTED(RESPONSIVENESS, "代表建议提出数", "Suggestions submitted", Unit.COUNT, Shape.COUNT,
      scopes(CITY, DEPARTMENT), "suggestions submitted in P (department: lead)"),
  SUGGESTION_ON_TIME_RATE(RESPONSIVENESS, "建议按期答复率", "Suggestions answered on time", Unit.RATE, Shape.RATIO,
      scopes(CITY, DEPARTMENT),
      "suggestions with deadline D = assigned_on + 3 months (6 when extended) in P that have a round-1 reply"
          + " from the lead department with replied_on <= D ÷ suggestions with D in P (department: lead)"),
  SUGGESTION_SOLVED_OR_SOLVING_RATE(RESPONSIVENESS, "建议解决和正在解决率", "Suggestions solved or being solved",
      Unit.RATE, Shape.RATIO, scopes(CITY, DEPARTMENT),
      "round-1 replies from the lead department replied in P with result_class A or B ÷ all such replies"),

  SUGGESTION_SATISFACTION_RATE(SATISFACTION, "建议答复满意率", "Suggestion reply satisfaction", Unit.RATE,
      Shape.RATIO, scopes(CITY, DEPARTMENT),
      "effective REPLY-stage evaluations in P rated SATISFIED or BASICALLY_SATISFIED"
          + " ÷ effective REPLY-stage evaluations in P"),
  SUGGESTION_UNSATISFIED(SATISFACTION, "建议答复不满意数", "Unsatisfied suggestion replies", Unit.COUNT,
      Shape.COUNT, scopes(CITY, DEPARTMENT), "effective REPLY-stage evaluations in P rated UNSATISFIED"),
  REVIEW_FLIP_RATE(SATISFACTION, "复核改变评价率", "Reviews that changed the rating", Unit.RATE, Shape.RATIO,
      scopes(CITY),
      "reviews (evaluations with reviews_evaluation_id) in P whose rating differs from the rating they review"
          + " ÷ reviews in P"),
  REPLY_STAGE_SCORE_AVG(SATISFACTION, "答复阶段平均得分", "Average reply-stage score", Unit.SCORE, Shape.RATIO,
      scopes(CITY, DEPARTMENT), "mean score of effective REPLY-stage evaluations in P with a score"),
  IMPLEMENTATION_STAGE_SCORE_AVG(SATISFACTION, "落实阶段平均得分", "Average implementation-stage score",
      Unit.SCORE, Shape.RATIO, scopes(CITY, DEPARTMENT),
      "mean score of effective IMPLEMENTATION-stage evaluations in P with a score"),

  DRAFTS_OPEN_FOR_COMMENT(LEGISLATIVE, "征求意见草案数", "Drafts open for comment", Unit.COUNT, Shape.COUNT,
      scopes(CITY), "drafts whose [solicitation_opens_on, solicitation_closes_on] overlaps P"),
  DRAFTS_WITH_OPINIONS(LEGISLATIVE, "收到意见的草案数", "Drafts with opinions", Unit.COUNT, Shape.COUNT,
      scopes(CITY), "distinct drafts with at least one opinion submitted in P"),
  OPINIONS_RECEIVED(LEGISLATIVE, "收集立法意见数", "Opinions received", Unit.COUNT, Shape.COUNT,
      scopes(CITY, DISTRICT), "opinions submitted in P (district by platform)"),
  OPINION_ADOPTION_RATE(LEGISLATIVE, "立法意见采纳率", "Opinion adoption rate", Unit.RATE, Shape.RATIO,
      scopes(CITY),
      "opinions decided in P as ADOPTED or PARTIALLY_ADOPTED ÷ opinions decided in P"),
  LEGISLATIVE_POINT_ACTIVITY_RATE(LEGISLATIVE, "立法联系点活跃率", "Active legislative contact points", Unit.RATE,
      Shape.RATIO, scopes(CITY, DISTRICT),
      "legislative points open at P.end (as in legislative_points_open) with at least one opinion submitted in P"
          + " ÷ legislative points open at P.end"),

  LIVELIHOOD_PROJECTS_SELECTED(LIVELIHOOD, "票决产生民生实事项目数", "Livelihood projects selected", Unit.COUNT,
      Shape.COUNT, scopes(CITY, DISTRICT),
      "selected projects of the year of P.end (CITY scope: level CITY; DISTRICT scope: level DISTRICT"
          + " of that district), as of P.end"),
  LIVELIHOOD_COMPLETION_RATE(LIVELIHOOD, "民生实事完成率", "Livelihood projects completed", Unit.RATE, Shape.RATIO,
      scopes(CITY, DISTRICT), "of the selected projects, the share with progress_pct = 100 as of P.end"),
  LIVELIHOOD_SATISFACTION_AVG(LIVELIHOOD, "民生实事满意度", "Livelihood project satisfaction", Unit.SCORE,
      Shape.RATIO, scopes(CITY, DISTRICT),
      "of the selected projects, the mean satisfaction_score where not null, as of P.end"),

  DUTY_POINTS_AVG(DUTY, "代表人均履职积分", "Average duty points per deputy", Unit.POINTS, Shape.RATIO,
      scopes(CITY, DISTRICT),
      "points of duty records occurring in P of deputies serving at P.end ÷ deputies serving at P.end"),
  DEPUTIES_WITHOUT_DUTY(DUTY, "无履职记录代表数", "Deputies without a duty record", Unit.COUNT, Shape.COUNT,
      scopes(CITY, DISTRICT), "deputies serving at P.end with no duty record occurring in P"),
  RECEPTION_MINIMUM_RATE(DUTY, "接待选民达标率", "Deputies meeting the reception minimum", Unit.RATE, Shape.RATIO,
      scopes(CITY, DISTRICT),
      "deputies serving at P.end with ≥ 4 RECEPTION duty records occurring in the YTD of P"
          + " ÷ deputies serving at P.end"),
  GROUPS_MEETING_DUTY_RATE(DUTY, "专业小组年度任务完成率", "Professional groups meeting their yearly duty",
      Unit.RATE, Shape.RATIO, scopes(CITY),
      "professional groups active at P.end (formed_on ≤ P.end, dissolved_on null or > P.end) with ≥ 1"
          + " RESEARCH_REPORT and ≥ 1 SUPERVISED_SUGGESTION delivered in the YTD of P ÷ groups active at P.end"),
  GROUP_RESEARCH_REPORTS(DUTY, "专业小组调研报告数", "Research reports of professional groups", Unit.COUNT,
      Shape.COUNT, scopes(CITY), "RESEARCH_REPORT outputs delivered in P"),

  FACE_TO_FACE_SESSIONS(OVERSIGHT, "人大代表·局长面对面场次", "Face-to-face sessions with department heads",
      Unit.COUNT, Shape.COUNT, scopes(CITY, DEPARTMENT), "FACE_TO_FACE sessions held in P"),
  OVERSIGHT_ISSUES_OPEN(OVERSIGHT, "监督问题未解决数", "Oversight issues open", Unit.COUNT, Shape.COUNT,
      scopes(CITY, DEPARTMENT), "issues raised on or before P.end and not resolved on or before P.end"),
  OVERSIGHT_ISSUE_MEDIAN_DAYS(OVERSIGHT, "监督问题解决天数中位数", "Median days to resolve an oversight issue",
      Unit.DAYS, Shape.MEDIAN, scopes(CITY, DEPARTMENT),
      "median of days from raised_on to resolved_on over issues resolved in P"),
  DEPARTMENT_ASSESSMENT_SATISFACTION_RATE(OVERSIGHT, "部门满意度测评满意率", "Department assessment satisfaction",
      Unit.RATE, Shape.RATIO, scopes(CITY, DEPARTMENT),
      "votes_satisfied + votes_basically_satisfied ÷ all votes, summed over assessments made in P"),
  DEPARTMENTS_ASSESSED_UNSATISFIED(OVERSIGHT, "测评不满意的部门数", "Departments assessed unsatisfied", Unit.COUNT,
      Shape.COUNT, scopes(CITY),
      "distinct departments with an assessment in P whose verdict is 不满意: an assessment is 满意 when"
          + " votes_satisfied > half of its votes, 基本满意 when votes_satisfied + votes_basically_satisfied > half,"
          + " 不满意 otherwise; a department with several assessments in P counts when its latest (by assessed_on,"
          + " then assessment_id) is 不满意"),

  STREET_VOTER_MEETING_COVERAGE(STREET_WORK, "街道选民代表会议覆盖率", "Streets holding voter meetings", Unit.RATE,
      Shape.RATIO, scopes(CITY, DISTRICT), "streets with ≥ 1 voter meeting held in the YTD of P ÷ all streets"),
  VOTER_MEETING_ITEMS_SELECTED(STREET_WORK, "选民代表会议票决事项数", "Items selected by voter meetings",
      Unit.COUNT, Shape.COUNT, scopes(CITY, DISTRICT), "items_selected summed over voter meetings held in P"),
  MICRO_PROJECTS_SELECTED(STREET_WORK, "民生微实事项目数", "Micro livelihood projects selected", Unit.COUNT,
      Shape.COUNT, scopes(CITY, DISTRICT),
      "selected livelihood projects of level COMMUNITY of the year of P.end, taken as of P.end as for"
          + " livelihood_projects_selected (CITY scope: all of them; DISTRICT scope: those whose `district_code`"
          + " is that district)"),
  MICRO_PROJECT_COMPLETION_RATE(STREET_WORK, "民生微实事完成率", "Micro livelihood projects completed", Unit.RATE,
      Shape.RATIO, scopes(CITY, DISTRICT), "of those, the share with progress_pct = 100 as of P.end"),

  STATIONS_WITH_FULLTIME_LIAISON_RATE(SUPPORT, "联络站专职联络员配备率", "Stations with a full-time liaison",
      Unit.RATE, Shape.RATIO, scopes(CITY, DISTRICT),
      "STATIONs open at P.end whose `station_resources` row for the year of P.end has fulltime_liaisons ≥ 1"
          + " ÷ STATIONs open at P.end (no row: not staffed)"),
  STATION_FUNDING_AVG(SUPPORT, "联络站平均经费", "Average funding per station", Unit.WAN_YUAN, Shape.RATIO,
      scopes(CITY, DISTRICT),
      "mean funding_wan over STATIONs open at P.end that have a row for the year of P.end"),
  COMMITMENTS_DUE(SUPPORT, "承诺到期件数", "Commitments due", Unit.COUNT, Shape.COUNT, scopes(CITY, DEPARTMENT),
      "replies with a commitment_due_on in P, whether or not the `commitment` text is filled"
          + " (department of the reply)"),
  COMMITMENT_FULFILLED_RATE(SUPPORT, "承诺兑现率", "Commitments fulfilled", Unit.RATE, Shape.RATIO,
      scopes(CITY, DEPARTMENT),
      "of those, the share whose latest check known at P.end (checks with checked_on ≤ P.end, each at its latest"
          + " version; latest by checked_on, then check_id) is FULFILLED"),
  COMMITMENTS_OVERDUE(SUPPORT, "逾期未兑现承诺件数", "Commitments overdue", Unit.COUNT, Shape.COUNT,
      scopes(CITY, DEPARTMENT),
      "replies with commitment_due_on < P.end whose latest check known at P.end is not FULFILLED, or that have"
          + " none");

  private final Family family;
  private final String nameZh;
  private final String nameEn;
  private final Unit unit;
  private final Shape shape;
  private final List<ScopeType> scopes;
  private final String definition;

  Metric(Family family, String nameZh, String nameEn, Unit unit, Shape shape, List<ScopeType> scopes,
      String definition) {
    this.family = family;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.unit = unit;
    this.shape = shape;
    this.scopes = scopes;
    this.definition = definition;
  }

  /** The metric_id, e.g. {@code homes_open}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Family family() {
    return family;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public Unit unit() {
    return unit;
  }

  public Shape shape() {
    return shape;
  }

  public List<ScopeType> scopes() {
    return scopes;
  }

  public boolean hasScope(ScopeType scopeType) {
    return scopes.contains(scopeType);
  }

  /** The definition in one sentence, as in the contract. */
  public String definition() {
    return definition;
  }

  public static Optional<Metric> byId(String id) {
    return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
  }

  private static List<ScopeType> scopes(ScopeType... scopeTypes) {
    return List.of(scopeTypes);
  }
}
