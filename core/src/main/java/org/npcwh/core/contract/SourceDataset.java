package org.npcwh.core.contract;

import static org.npcwh.core.contract.FieldType.BOOL;
import static org.npcwh.core.contract.FieldType.DATE;
import static org.npcwh.core.contract.FieldType.DEC;
import static org.npcwh.core.contract.FieldType.INT;
import static org.npcwh.core.contract.FieldType.LIST;
import static org.npcwh.core.contract.FieldType.STR;
import static org.npcwh.core.contract.FieldType.TS;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every dataset of the source contract ({@code docs/contract/sources.md}), declared once.
 * Ingest validates against it, the raw layer's schema is derived from it, transform reads it.
 * Constants are in dependency order: a dataset only refers to itself or to datasets above it,
 * so ingesting in this order lets every reference be checked.
 */
public enum SourceDataset {
  REGIONS(SourceSystem.LIAISON, DeliveryMode.FULL, "行政区划",
      key("region_code"),
      str("name"),
      str("level").codes("DISTRICT", "STREET", "COMMUNITY"),
      str("parent_code").refersTo("regions")),

  DEPARTMENTS(SourceSystem.LIAISON, DeliveryMode.FULL, "承办单位",
      key("department_code"),
      str("name"),
      str("level").codes("MUNICIPAL", "DISTRICT"),
      str("district_code").refersTo("regions")),

  PLATFORMS(SourceSystem.LIAISON, DeliveryMode.FULL, "家站点阵地",
      key("platform_id"),
      str("platform_type").codes("HOME", "STATION", "POINT"),
      str("name"),
      str("street_code").refersTo("regions"),
      str("community_code").refersTo("regions"),
      str("category").codes("COMMUNITY", "INDUSTRY", "ENTERPRISE", "PARK", "OTHER"),
      Field.of("is_legislative_point", BOOL),
      Field.of("legislative_since", DATE),
      Field.of("online_since", DATE),
      Field.of("opened_on", DATE),
      Field.of("closed_on", DATE)),

  PLATFORM_COVERAGE(SourceSystem.LIAISON, DeliveryMode.FULL, "联络站覆盖社区",
      key("platform_id").refersTo("platforms"),
      key("community_code").refersTo("regions")),

  DEPUTIES(SourceSystem.LIAISON, DeliveryMode.FULL, "人大代表",
      key("deputy_id"),
      str("name"),
      str("level").codes("NATIONAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT"),
      str("district_code").refersTo("regions"),
      str("platform_id").refersTo("platforms"),
      str("professional_group"),
      Field.of("term_start", DATE),
      Field.of("term_end", DATE)),

  ACTIVITIES(SourceSystem.LIAISON, DeliveryMode.INCREMENTAL, "履职活动",
      key("activity_id"),
      str("platform_id").refersTo("platforms"),
      str("activity_type").codes("RECEPTION", "DELIBERATION", "SURVEY", "LEGISLATIVE_CONSULTATION", "OTHER"),
      Field.of("held_on", DATE),
      Field.of("deputy_ids", LIST).refersTo("deputies"),
      Field.of("residents_received", INT).range(0, null),
      Field.of("issues_collected", INT).range(0, null),
      updatedAt()),

  DUTY_ROSTER(SourceSystem.LIAISON, DeliveryMode.INCREMENTAL, "网上联络站值班",
      key("deputy_id").refersTo("deputies"),
      Field.of("duty_date", DATE).asKey(),
      str("platform_id").refersTo("platforms"),
      updatedAt()),

  MESSAGES(SourceSystem.LIAISON, DeliveryMode.INCREMENTAL, "群众留言",
      key("message_id"),
      str("platform_id").refersTo("platforms"),
      Field.of("submitted_at", TS),
      str("citizen_name").personal(Pii.PSEUDONYMISE),
      str("citizen_phone").personal(Pii.PSEUDONYMISE),
      str("category"),
      str("content").personal(Pii.MASK_NUMBERS),
      str("deputy_id").refersTo("deputies"),
      Field.of("responded_at", TS),
      str("letter_id"),
      str("status").codes("OPEN", "RESPONDED", "FORWARDED", "CLOSED"),
      updatedAt()),

  LETTERS(SourceSystem.LIAISON, DeliveryMode.INCREMENTAL, "代表联系函",
      key("letter_id"),
      str("deputy_id").refersTo("deputies"),
      str("department_code").refersTo("departments"),
      str("message_id"),
      Field.of("sent_at", TS),
      Field.of("answered_at", TS),
      str("satisfaction").codes("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"),
      updatedAt()),

  DRAFTS(SourceSystem.LEGISLATION, DeliveryMode.INCREMENTAL, "征求意见草案",
      key("draft_id"),
      str("title"),
      str("kind").codes("LAW", "PROVINCIAL_REGULATION", "MUNICIPAL_REGULATION", "OTHER"),
      str("stage").codes("PROJECT", "DRAFTING", "RESEARCH", "REVIEW", "EVALUATION"),
      Field.of("solicitation_opens_on", DATE),
      Field.of("solicitation_closes_on", DATE),
      updatedAt()),

  OPINIONS(SourceSystem.LEGISLATION, DeliveryMode.INCREMENTAL, "立法意见",
      key("opinion_id"),
      str("draft_id").refersTo("drafts"),
      str("platform_id").refersTo("platforms"),
      Field.of("submitted_on", DATE),
      str("article"),
      // Not named as personal data by the contract, but written by residents: mask numbers anyway.
      str("opinion_text").personal(Pii.MASK_NUMBERS),
      str("adoption").codes("PENDING", "ADOPTED", "PARTIALLY_ADOPTED", "NOT_ADOPTED"),
      Field.of("decided_on", DATE),
      updatedAt()),

  SUGGESTIONS(SourceSystem.SUGGESTION, DeliveryMode.INCREMENTAL, "代表建议",
      key("suggestion_id"),
      str("session"),
      str("lead_deputy_id").refersTo("deputies"),
      Field.of("cosigner_count", INT).range(0, null),
      str("title"),
      str("category"),
      Field.of("submitted_on", DATE),
      Field.of("assigned_on", DATE),
      str("lead_department_code").refersTo("departments"),
      Field.of("co_department_codes", LIST).refersTo("departments"),
      Field.of("is_key", BOOL),
      Field.of("extended", BOOL),
      updatedAt()),

  SUGGESTION_REPLIES(SourceSystem.SUGGESTION, DeliveryMode.INCREMENTAL, "建议答复",
      key("reply_id"),
      str("suggestion_id").refersTo("suggestions"),
      str("department_code").refersTo("departments"),
      Field.of("round", INT).range(1, null),
      Field.of("replied_on", DATE),
      str("result_class").codes("A", "B", "C", "D"),
      str("commitment"),
      Field.of("commitment_due_on", DATE),
      updatedAt()),

  EVALUATIONS(SourceSystem.SUGGESTION, DeliveryMode.INCREMENTAL, "满意度测评",
      key("evaluation_id"),
      str("suggestion_id").refersTo("suggestions"),
      str("reply_id").refersTo("suggestion_replies"),
      Field.of("evaluated_on", DATE),
      str("stage").codes("REPLY", "IMPLEMENTATION"),
      str("rating").codes("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"),
      Field.of("score", INT).range(0, 100L),
      str("reviews_evaluation_id").refersTo("evaluations"),
      updatedAt()),

  LIVELIHOOD_PROJECTS(SourceSystem.LIVELIHOOD, DeliveryMode.INCREMENTAL, "民生实事项目",
      key("project_id"),
      str("level").codes("CITY", "DISTRICT", "COMMUNITY"),
      str("district_code").refersTo("regions"),
      Field.of("year", INT).range(1949, 2100L),
      str("title"),
      Field.of("votes_for", INT).range(0, null),
      Field.of("votes_cast", INT).range(0, null),
      Field.of("selected", BOOL),
      str("department_code").refersTo("departments"),
      Field.of("budget_wan", DEC).range(0, null),
      Field.of("progress_pct", INT).range(0, 100L),
      Field.of("satisfaction_score", DEC).range(0, 100L),
      updatedAt()),

  // Second tier (contract "Second tier (added 2026-11-28)").
  DUTY_POINT_RULES(SourceSystem.DUTY, DeliveryMode.FULL, "履职积分规则",
      key("duty_type").codes(DutyTypes.ALL),
      Field.of("points", DEC).range(0, null),
      Field.of("annual_cap", DEC).range(0, null),
      str("name_zh")),

  PROFESSIONAL_GROUPS(SourceSystem.GROUPS, DeliveryMode.FULL, "代表专业小组",
      key("group_code"),
      str("name"),
      str("field"),
      Field.of("formed_on", DATE),
      Field.of("dissolved_on", DATE)),

  STATION_RESOURCES(SourceSystem.STATION_SUPPORT, DeliveryMode.FULL, "联络站保障",
      key("platform_id").refersTo("platforms", "platform_type", "STATION"),
      Field.of("year", INT).range(1949, 2100L).asKey(),
      Field.of("fulltime_liaisons", INT).range(0, null),
      Field.of("parttime_liaisons", INT).range(0, null),
      Field.of("volunteer_monitors", INT).range(0, null),
      Field.of("funding_wan", DEC).range(0, null)),

  DUTY_RECORDS(SourceSystem.DUTY, DeliveryMode.INCREMENTAL, "履职登记",
      key("record_id"),
      str("deputy_id").refersTo("deputies"),
      str("duty_type").codes(DutyTypes.ALL).refersTo("duty_point_rules"),
      Field.of("occurred_on", DATE),
      Field.of("hours", DEC).range(0, null),
      str("source_ref"),
      updatedAt()),

  GROUP_OUTPUTS(SourceSystem.GROUPS, DeliveryMode.INCREMENTAL, "专业小组成果",
      key("output_id"),
      str("group_code").refersTo("professional_groups"),
      str("output_type").codes("RESEARCH_REPORT", "SUPERVISED_SUGGESTION", "ACTIVITY"),
      str("suggestion_id").refersTo("suggestions"),
      Field.of("delivered_on", DATE),
      updatedAt()),

  OVERSIGHT_SESSIONS(SourceSystem.OVERSIGHT, DeliveryMode.INCREMENTAL, "监督活动",
      key("session_id"),
      str("session_type").codes("FACE_TO_FACE", "HEARING", "PERFORMANCE_REPORT"),
      str("department_code").refersTo("departments"),
      Field.of("held_on", DATE),
      Field.of("deputies_attending", INT).range(0, null),
      updatedAt()),

  OVERSIGHT_ISSUES(SourceSystem.OVERSIGHT, DeliveryMode.INCREMENTAL, "监督问题",
      key("issue_id"),
      str("session_id").refersTo("oversight_sessions"),
      str("department_code").refersTo("departments"),
      Field.of("raised_on", DATE),
      Field.of("resolved_on", DATE),
      updatedAt()),

  DEPARTMENT_ASSESSMENTS(SourceSystem.OVERSIGHT, DeliveryMode.INCREMENTAL, "部门满意度测评",
      key("assessment_id"),
      str("department_code").refersTo("departments"),
      str("session_id").refersTo("oversight_sessions"),
      Field.of("assessed_on", DATE),
      Field.of("votes_satisfied", INT).range(0, null),
      Field.of("votes_basically_satisfied", INT).range(0, null),
      Field.of("votes_unsatisfied", INT).range(0, null),
      updatedAt()),

  VOTER_MEETINGS(SourceSystem.STREET_WORK, DeliveryMode.INCREMENTAL, "街道选民代表会议",
      key("meeting_id"),
      str("street_code").refersTo("regions", "level", "STREET"),
      Field.of("held_on", DATE),
      Field.of("representatives_attending", INT).range(0, null),
      Field.of("items_proposed", INT).range(0, null),
      Field.of("items_voted", INT).range(0, null).atMost("items_proposed"),
      Field.of("items_selected", INT).range(0, null).atMost("items_voted"),
      updatedAt()),

  COMMITMENT_CHECKS(SourceSystem.SUGGESTION, DeliveryMode.INCREMENTAL, "承诺回头看",
      key("check_id"),
      str("reply_id").refersTo("suggestion_replies"),
      Field.of("checked_on", DATE),
      str("status").codes("FULFILLED", "IN_PROGRESS", "NOT_FULFILLED"),
      updatedAt());

  private final SourceSystem system;
  private final DeliveryMode usualMode;
  private final String nameZh;
  private final List<Field> fields;

  SourceDataset(SourceSystem system, DeliveryMode usualMode, String nameZh, Field... fields) {
    this.system = system;
    this.usualMode = usualMode;
    this.nameZh = nameZh;
    this.fields = List.of(fields);
  }

  /** The dataset's folder name under the landing zone and the warehouse, e.g. {@code suggestion_replies}. */
  public String datasetName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String nameZh() {
    return nameZh;
  }

  public SourceSystem system() {
    return system;
  }

  /** How the upstream system normally delivers it; a batch's manifest says how it actually came. */
  public DeliveryMode usualMode() {
    return usualMode;
  }

  /** Reference data: its current content is the newest full batch, not the latest version per key. */
  public boolean isReference() {
    return usualMode == DeliveryMode.FULL;
  }

  public List<Field> fields() {
    return fields;
  }

  public List<Field> keyFields() {
    return fields.stream().filter(Field::key).toList();
  }

  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public boolean hasPersonalData() {
    return fields.stream().anyMatch(f -> f.pii() != Pii.NONE);
  }

  /**
   * The date field that says when a row's event happened (a session held, a message posted, a letter
   * sent…), or empty: reference data, drafts (a solicitation window, not grassroots activity) and
   * livelihood projects (a year, not a date) have none. The earliest of these dates is where the
   * warehouse's data begins; an extract's own date is not, since a first full extract may carry years.
   */
  public Optional<Field> eventDate() {
    String name = switch (this) {
      case ACTIVITIES -> "held_on";
      case DUTY_ROSTER -> "duty_date";
      case MESSAGES -> "submitted_at";
      case LETTERS -> "sent_at";
      case OPINIONS, SUGGESTIONS -> "submitted_on";
      case DUTY_RECORDS -> "occurred_on";
      case GROUP_OUTPUTS -> "delivered_on";
      case OVERSIGHT_SESSIONS, VOTER_MEETINGS -> "held_on";
      case OVERSIGHT_ISSUES -> "raised_on";
      case DEPARTMENT_ASSESSMENTS -> "assessed_on";
      case COMMITMENT_CHECKS -> "checked_on";
      default -> null;
    };
    return name == null ? Optional.empty() : field(name);
  }

  public static SourceDataset byName(String datasetName) {
    return Arrays.stream(values())
        .filter(d -> d.datasetName().equals(datasetName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a contract dataset: " + datasetName));
  }

  public static Optional<SourceDataset> find(String datasetName) {
    return Arrays.stream(values()).filter(d -> d.datasetName().equals(datasetName)).findFirst();
  }

  private static Field key(String name) {
    return Field.of(name, STR).asKey();
  }

  private static Field str(String name) {
    return Field.of(name, STR);
  }

  private static Field updatedAt() {
    return Field.of("updated_at", TS).asRequired();
  }

}
