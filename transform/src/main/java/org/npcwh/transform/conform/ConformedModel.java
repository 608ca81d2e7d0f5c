package org.npcwh.transform.conform;

import static org.npcwh.core.contract.SourceDataset.ACTIVITIES;
import static org.npcwh.core.contract.SourceDataset.COMMITMENT_CHECKS;
import static org.npcwh.core.contract.SourceDataset.DEPARTMENT_ASSESSMENTS;
import static org.npcwh.core.contract.SourceDataset.DEPARTMENTS;
import static org.npcwh.core.contract.SourceDataset.DEPUTIES;
import static org.npcwh.core.contract.SourceDataset.DRAFTS;
import static org.npcwh.core.contract.SourceDataset.DUTY_POINT_RULES;
import static org.npcwh.core.contract.SourceDataset.DUTY_RECORDS;
import static org.npcwh.core.contract.SourceDataset.DUTY_ROSTER;
import static org.npcwh.core.contract.SourceDataset.EVALUATIONS;
import static org.npcwh.core.contract.SourceDataset.GROUP_OUTPUTS;
import static org.npcwh.core.contract.SourceDataset.LETTERS;
import static org.npcwh.core.contract.SourceDataset.LIVELIHOOD_PROJECTS;
import static org.npcwh.core.contract.SourceDataset.MESSAGES;
import static org.npcwh.core.contract.SourceDataset.OPINIONS;
import static org.npcwh.core.contract.SourceDataset.OVERSIGHT_ISSUES;
import static org.npcwh.core.contract.SourceDataset.OVERSIGHT_SESSIONS;
import static org.npcwh.core.contract.SourceDataset.PLATFORMS;
import static org.npcwh.core.contract.SourceDataset.PLATFORM_COVERAGE;
import static org.npcwh.core.contract.SourceDataset.PROFESSIONAL_GROUPS;
import static org.npcwh.core.contract.SourceDataset.REGIONS;
import static org.npcwh.core.contract.SourceDataset.STATION_RESOURCES;
import static org.npcwh.core.contract.SourceDataset.SUGGESTIONS;
import static org.npcwh.core.contract.SourceDataset.SUGGESTION_REPLIES;
import static org.npcwh.core.contract.SourceDataset.VOTER_MEETINGS;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.core.table.PublishedTable;
import org.npcwh.core.table.TableSource;
import org.npcwh.core.table.Tables;
import org.npcwh.transform.current.CurrentTables;

/**
 * The conformed dimensions and facts by table name, plus the inputs the metrics need that are not
 * published marts: the station–community coverage ({@value #PLATFORM_COVERAGE_TABLE}), each activity's
 * deputies ({@value #ACTIVITY_DEPUTY}) and the livelihood project versions with lineage for as-of-period-end
 * figures ({@value #LIVELIHOOD_VERSIONS}); and the versions held for a reference to a key that does not
 * exist ({@code reference_holds}, built with the current state). A table whose name has a home
 * {@code tables/<name>/} of source {@code mart} is published with the columns that home declares
 * ({@link DeclaredColumns}); adding one is a builder line here and a home.
 */
public final class ConformedModel {
  public static final String PLATFORM_COVERAGE_TABLE = "platform_coverage";
  public static final String ACTIVITY_DEPUTY = "activity_deputy";
  public static final String LIVELIHOOD_VERSIONS = "livelihood_versions";
  private static final String REFERENCE_HOLDS = "reference_holds";

  private final Map<String, Dataset<Row>> tables;

  private ConformedModel(Map<String, Dataset<Row>> tables) {
    this.tables = Map.copyOf(tables);
  }

  public static ConformedModel of(CurrentTables current) {
    Map<String, Dataset<Row>> t = new LinkedHashMap<>();
    t.put("dim_region", Dimensions.region(current.get(REGIONS)));
    t.put("dim_platform", Dimensions.platform(current.get(PLATFORMS), t.get("dim_region")));
    t.put("dim_department", Dimensions.department(current.get(DEPARTMENTS)));
    t.put("dim_deputy", Dimensions.deputy(current.get(DEPUTIES), t.get("dim_region")));
    t.put("dim_draft", Dimensions.draft(current.get(DRAFTS)));
    t.put("fct_message", Facts.message(current.get(MESSAGES), t.get("dim_platform")));
    t.put("fct_letter", Facts.letter(current.get(LETTERS)));
    t.put("fct_activity", Facts.activity(current.get(ACTIVITIES), t.get("dim_platform")));
    t.put("fct_duty", Facts.duty(current.get(DUTY_ROSTER), t.get("dim_platform")));
    t.put("fct_opinion", Facts.opinion(current.get(OPINIONS), t.get("dim_platform")));
    t.put("fct_suggestion_reply", SuggestionFacts.reply(current.get(SUGGESTION_REPLIES), current.get(SUGGESTIONS)));
    t.put("fct_suggestion", SuggestionFacts.suggestion(current.get(SUGGESTIONS), t.get("fct_suggestion_reply")));
    t.put("fct_evaluation", SuggestionFacts.evaluation(current.get(EVALUATIONS), t.get("fct_suggestion_reply")));
    t.put("fct_livelihood_project", Facts.livelihoodProject(current.get(LIVELIHOOD_PROJECTS)));
    t.put("dim_professional_group", DutyFacts.professionalGroup(current.get(PROFESSIONAL_GROUPS)));
    t.put("dim_duty_point_rule", DutyFacts.dutyPointRule(current.get(DUTY_POINT_RULES)));
    t.put("fct_duty_record", DutyFacts.dutyRecord(current.get(DUTY_RECORDS), t.get("dim_duty_point_rule"),
        t.get("dim_deputy")));
    t.put("fct_group_output", DutyFacts.groupOutput(current.get(GROUP_OUTPUTS)));
    t.put("fct_voter_meeting", StreetFacts.voterMeeting(current.get(VOTER_MEETINGS), t.get("dim_region")));
    t.put("fct_oversight_session", OversightFacts.session(current.get(OVERSIGHT_SESSIONS)));
    t.put("fct_oversight_issue", OversightFacts.issue(current.get(OVERSIGHT_ISSUES)));
    t.put("fct_assessment", OversightFacts.assessment(current.get(DEPARTMENT_ASSESSMENTS)));
    t.put("fct_station_resource", SupportFacts.stationResource(current.get(STATION_RESOURCES), t.get("dim_platform")));
    t.put("fct_commitment_check", SupportFacts.commitmentCheck(current.get(COMMITMENT_CHECKS),
        t.get("fct_suggestion_reply")));
    t.put(REFERENCE_HOLDS, current.referenceHolds());
    t.put(PLATFORM_COVERAGE_TABLE, current.get(PLATFORM_COVERAGE).select("platform_id", "community_code"));
    t.put(ACTIVITY_DEPUTY, Facts.activityDeputy(current.get(ACTIVITIES)));
    t.put(LIVELIHOOD_VERSIONS, current.livelihoodVersions());
    return new ConformedModel(t);
  }

  /** A table of the model by name; an unknown name is a bug. */
  public Dataset<Row> table(String name) {
    Dataset<Row> rows = tables.get(name);
    if (rows == null) {
      throw new IllegalArgumentException("the conformed model has no table " + name);
    }
    return rows;
  }

  /** The published marts by table name, in the order of the homes, each with its declared columns. */
  public Map<String, Dataset<Row>> marts() {
    Map<String, Dataset<Row>> marts = new LinkedHashMap<>();
    for (PublishedTable home : Tables.all()) {
      if (home.source() == TableSource.MART && tables.containsKey(home.name())) {
        marts.put(home.name(), DeclaredColumns.select(home, tables.get(home.name())));
      }
    }
    return marts;
  }

  /**
   * The same model with the given tables in place of its own (the job passes the marts as written,
   * read back from their files, so that the metric plan starts from files and stays small).
   */
  public ConformedModel with(Map<String, Dataset<Row>> replacements) {
    if (!tables.keySet().containsAll(replacements.keySet())) {
      throw new IllegalArgumentException("the conformed model has no table among " + replacements.keySet());
    }
    Map<String, Dataset<Row>> replaced = new LinkedHashMap<>(tables);
    replaced.putAll(replacements);
    return new ConformedModel(replaced);
  }
}
