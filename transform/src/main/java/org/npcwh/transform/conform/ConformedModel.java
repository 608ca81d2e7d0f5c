package org.npcwh.transform.conform;

import static org.npcwh.core.contract.SourceDataset.ACTIVITIES;
import static org.npcwh.core.contract.SourceDataset.DEPARTMENTS;
import static org.npcwh.core.contract.SourceDataset.DEPUTIES;
import static org.npcwh.core.contract.SourceDataset.DRAFTS;
import static org.npcwh.core.contract.SourceDataset.DUTY_ROSTER;
import static org.npcwh.core.contract.SourceDataset.EVALUATIONS;
import static org.npcwh.core.contract.SourceDataset.LETTERS;
import static org.npcwh.core.contract.SourceDataset.LIVELIHOOD_PROJECTS;
import static org.npcwh.core.contract.SourceDataset.MESSAGES;
import static org.npcwh.core.contract.SourceDataset.OPINIONS;
import static org.npcwh.core.contract.SourceDataset.PLATFORMS;
import static org.npcwh.core.contract.SourceDataset.PLATFORM_COVERAGE;
import static org.npcwh.core.contract.SourceDataset.REGIONS;
import static org.npcwh.core.contract.SourceDataset.SUGGESTIONS;
import static org.npcwh.core.contract.SourceDataset.SUGGESTION_REPLIES;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.npcwh.transform.current.CurrentTables;

/**
 * The conformed dimensions and facts (marts dim_* and fct_*), plus the two inputs the metrics need that are not
 * published marts: the station–community coverage and each activity's deputies, and the livelihood
 * project versions (raw schema with lineage) for as-of-period-end figures; and the versions held for
 * a reference to a key that does not exist ({@code reference_holds}, built with the current state).
 */
public record ConformedModel(
    Dataset<Row> dimRegion,
    Dataset<Row> dimPlatform,
    Dataset<Row> dimDepartment,
    Dataset<Row> dimDeputy,
    Dataset<Row> dimDraft,
    Dataset<Row> fctMessage,
    Dataset<Row> fctLetter,
    Dataset<Row> fctActivity,
    Dataset<Row> fctDuty,
    Dataset<Row> fctOpinion,
    Dataset<Row> fctSuggestion,
    Dataset<Row> fctSuggestionReply,
    Dataset<Row> fctEvaluation,
    Dataset<Row> fctLivelihoodProject,
    Dataset<Row> platformCoverage,
    Dataset<Row> activityDeputy,
    Dataset<Row> livelihoodVersions,
    Dataset<Row> referenceHolds) {

  public static ConformedModel of(CurrentTables current) {
    Dataset<Row> dimRegion = Dimensions.region(current.get(REGIONS));
    Dataset<Row> dimPlatform = Dimensions.platform(current.get(PLATFORMS), dimRegion);
    Dataset<Row> fctReply = SuggestionFacts.reply(current.get(SUGGESTION_REPLIES), current.get(SUGGESTIONS));
    return new ConformedModel(
        dimRegion,
        dimPlatform,
        Dimensions.department(current.get(DEPARTMENTS)),
        Dimensions.deputy(current.get(DEPUTIES), dimRegion),
        Dimensions.draft(current.get(DRAFTS)),
        Facts.message(current.get(MESSAGES), dimPlatform),
        Facts.letter(current.get(LETTERS)),
        Facts.activity(current.get(ACTIVITIES), dimPlatform),
        Facts.duty(current.get(DUTY_ROSTER), dimPlatform),
        Facts.opinion(current.get(OPINIONS), dimPlatform),
        SuggestionFacts.suggestion(current.get(SUGGESTIONS), fctReply),
        fctReply,
        SuggestionFacts.evaluation(current.get(EVALUATIONS), fctReply),
        Facts.livelihoodProject(current.get(LIVELIHOOD_PROJECTS)),
        current.get(PLATFORM_COVERAGE).select("platform_id", "community_code"),
        Facts.activityDeputy(current.get(ACTIVITIES)),
        current.livelihoodVersions(),
        current.referenceHolds());
  }

  /** The published marts by table name, in a stable order. */
  public Map<String, Dataset<Row>> marts() {
    Map<String, Dataset<Row>> marts = new LinkedHashMap<>();
    marts.put("dim_region", dimRegion);
    marts.put("dim_platform", dimPlatform);
    marts.put("dim_department", dimDepartment);
    marts.put("dim_deputy", dimDeputy);
    marts.put("dim_draft", dimDraft);
    marts.put("fct_message", fctMessage);
    marts.put("fct_letter", fctLetter);
    marts.put("fct_activity", fctActivity);
    marts.put("fct_duty", fctDuty);
    marts.put("fct_opinion", fctOpinion);
    marts.put("fct_suggestion", fctSuggestion);
    marts.put("fct_suggestion_reply", fctSuggestionReply);
    marts.put("fct_evaluation", fctEvaluation);
    marts.put("fct_livelihood_project", fctLivelihoodProject);
    marts.put("reference_holds", referenceHolds);
    return marts;
  }

  /**
   * Every table with its lineage cut (a lazy local checkpoint: computed by the first job that reads it,
   * then kept): each is written once and read by several metric families, and the metric plan stays
   * small enough to analyse quickly.
   */
  public ConformedModel materialized() {
    UnaryOperator<Dataset<Row>> c = rows -> rows.localCheckpoint(false);
    return new ConformedModel(c.apply(dimRegion), c.apply(dimPlatform), c.apply(dimDepartment),
        c.apply(dimDeputy), c.apply(dimDraft), c.apply(fctMessage), c.apply(fctLetter), c.apply(fctActivity),
        c.apply(fctDuty), c.apply(fctOpinion), c.apply(fctSuggestion), c.apply(fctSuggestionReply),
        c.apply(fctEvaluation), c.apply(fctLivelihoodProject), c.apply(platformCoverage),
        c.apply(activityDeputy), c.apply(livelihoodVersions), c.apply(referenceHolds));
  }
}
