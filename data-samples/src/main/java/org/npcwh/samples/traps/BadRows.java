package org.npcwh.samples.traps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.MonthlyBatches;
import org.npcwh.samples.io.Row;

/**
 * The bad rows hidden in the sample (48 of them, over every dataset): each is a copy of a good row
 * under a new key with one thing spoiled, so it adds to a batch's rows and never replaces a good one.
 * Ingest must set each aside with its reason; none of them may count in any figure.
 */
public final class BadRows {
  /** One spoiled field and why the row is bad. */
  public record Spoil(String field, Object value, String reason) {}

  private static final Map<SourceDataset, List<Spoil>> SPOILS = new EnumMap<>(SourceDataset.class);

  static {
    spoil(SourceDataset.REGIONS, "region_code", null, "missing key");
    spoil(SourceDataset.REGIONS, "level", "VILLAGE", "bad code");
    spoil(SourceDataset.DEPARTMENTS, "level", "PROVINCE", "bad code");
    spoil(SourceDataset.PLATFORMS, "platform_type", "HUB", "bad code");
    spoil(SourceDataset.PLATFORMS, "opened_on", "2021-02-30", "bad date");
    spoil(SourceDataset.PLATFORM_COVERAGE, "community_code", "440304001999", "unknown community");
    spoil(SourceDataset.DEPUTIES, "platform_id", "S440304099-01", "unknown platform");
    spoil(SourceDataset.DEPUTIES, "term_start", "2021-13-01", "bad date");
    spoil(SourceDataset.ACTIVITIES, "residents_received", -3, "out of range");
    spoil(SourceDataset.ACTIVITIES, "platform_id", "S440399001-01", "unknown platform");
    spoil(SourceDataset.DUTY_ROSTER, "deputy_id", "DP99999", "unknown deputy");
    spoil(SourceDataset.DUTY_ROSTER, "duty_date", null, "missing key");
    spoil(SourceDataset.MESSAGES, "platform_id", "S440399002-01", "unknown platform");
    spoil(SourceDataset.MESSAGES, "submitted_at", "2022-01-15 25:10:00", "bad timestamp");
    spoil(SourceDataset.MESSAGES, "status", "PENDING", "bad code");
    spoil(SourceDataset.LETTERS, "department_code", "SZ99", "unknown department");
    spoil(SourceDataset.LETTERS, "satisfaction", "GOOD", "bad code");
    spoil(SourceDataset.DRAFTS, "kind", "DECREE", "bad code");
    spoil(SourceDataset.OPINIONS, "platform_id", "P440399003-001", "unknown platform");
    spoil(SourceDataset.OPINIONS, "submitted_on", "2022-02-30", "bad date");
    spoil(SourceDataset.OPINIONS, "opinion_id", null, "missing key");
    spoil(SourceDataset.OPINIONS, "draft_id", "DR2022-999", "unknown draft");
    spoil(SourceDataset.OPINIONS, "adoption", "APPROVED", "bad code");
    spoil(SourceDataset.SUGGESTIONS, "lead_deputy_id", "DP99998", "unknown deputy");
    spoil(SourceDataset.SUGGESTIONS, "cosigner_count", "十二", "not a number");
    spoil(SourceDataset.SUGGESTION_REPLIES, "result_class", "E", "bad code");
    spoil(SourceDataset.SUGGESTION_REPLIES, "round", 0, "out of range");
    spoil(SourceDataset.EVALUATIONS, "score", 120, "out of range");
    spoil(SourceDataset.EVALUATIONS, "reply_id", "RP2099-0001", "unknown reply");
    spoil(SourceDataset.LIVELIHOOD_PROJECTS, "progress_pct", 130, "out of range");
    spoil(SourceDataset.LIVELIHOOD_PROJECTS, "level", "STREET", "bad code");
    spoil(SourceDataset.DUTY_POINT_RULES, "duty_type", "VISIT", "unknown duty type");
    spoil(SourceDataset.PROFESSIONAL_GROUPS, "formed_on", "2021-02-30", "bad date");
    spoil(SourceDataset.STATION_RESOURCES, "platform_id", "H440303001-01", "a home, not a station");
    spoil(SourceDataset.STATION_RESOURCES, "fulltime_liaisons", -2, "out of range");
    spoil(SourceDataset.DUTY_RECORDS, "duty_type", "MEETING", "unknown duty type");
    spoil(SourceDataset.DUTY_RECORDS, "deputy_id", "DP99997", "unknown deputy");
    spoil(SourceDataset.DUTY_RECORDS, "hours", "-1.5", "out of range");
    spoil(SourceDataset.GROUP_OUTPUTS, "group_code", "PG99", "unknown group");
    spoil(SourceDataset.GROUP_OUTPUTS, "output_type", "REPORT", "bad code");
    spoil(SourceDataset.OVERSIGHT_SESSIONS, "session_type", "MEETING", "bad code");
    spoil(SourceDataset.OVERSIGHT_SESSIONS, "department_code", "SZ98", "unknown department");
    spoil(SourceDataset.OVERSIGHT_ISSUES, "session_id", "OS99999", "unknown session");
    spoil(SourceDataset.DEPARTMENT_ASSESSMENTS, "votes_unsatisfied", -1, "out of range");
    spoil(SourceDataset.VOTER_MEETINGS, "items_voted", 99, "more items voted than proposed");
    spoil(SourceDataset.VOTER_MEETINGS, "street_code", "440304001001", "a community, not a street");
    spoil(SourceDataset.COMMITMENT_CHECKS, "reply_id", "RP9999999", "unknown reply");
    spoil(SourceDataset.COMMITMENT_CHECKS, "status", "DONE", "bad code");
  }

  private BadRows() {}

  public static List<Spoil> spoils(SourceDataset dataset) {
    return SPOILS.getOrDefault(dataset, List.of());
  }

  public static int total() {
    return SPOILS.values().stream().mapToInt(List::size).sum();
  }

  /** The bad rows made from one good row of the dataset. */
  public static List<Row> from(Row good) {
    List<Row> out = new ArrayList<>();
    List<Spoil> spoils = spoils(good.dataset());
    for (int i = 0; i < spoils.size(); i++) {
      Row bad = good.copy();
      if (good.dataset().keyFields().size() == 1) {
        String key = good.dataset().keyFields().get(0).name();
        bad.set(key, good.text(key) + "-E" + (i + 1));
      }
      bad.set(spoils.get(i).field(), spoils.get(i).value());
      out.add(bad);
    }
    return out;
  }

  /** Adds the dataset's bad rows to the month of the first row it delivered. */
  public static void inject(MonthlyBatches batches) throws IOException {
    for (Row bad : from(batches.firstRow())) {
      batches.write(batches.firstMonth(), bad);
    }
  }

  private static void spoil(SourceDataset dataset, String field, Object value, String reason) {
    SPOILS.computeIfAbsent(dataset, d -> new ArrayList<>()).add(new Spoil(field, value, reason));
  }
}
