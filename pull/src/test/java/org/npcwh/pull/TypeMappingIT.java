package org.npcwh.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npcwh.core.contract.SourceDataset.ACTIVITIES;
import static org.npcwh.core.contract.SourceDataset.LIVELIHOOD_PROJECTS;
import static org.npcwh.core.contract.SourceDataset.MESSAGES;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL's types as the contract's text: integers, numeric as plain decimals, booleans, dates,
 * {@code timestamp} as the local time it holds, {@code timestamptz} converted to China time (the
 * server runs in UTC), {@code text[]} as a {@code ;}-list, Chinese text with commas, quotes and
 * line breaks quoted per RFC 4180. Expected lines are written out by hand.
 */
class TypeMappingIT {
  @TempDir static Path dir;
  private static Path landing;

  @BeforeAll
  static void pullOnce() throws Exception {
    TestDatabase db = TestDatabase.create();
    db.execute(
        "CREATE TABLE project (project_id text PRIMARY KEY, level varchar(10), district_code char(6), year integer,"
            + " title text, votes_for bigint, votes_cast numeric(10,0), selected boolean, department_code varchar(10),"
            + " budget_wan numeric(18,4), progress_pct smallint, satisfaction_score numeric(5,2),"
            + " updated_at timestamptz NOT NULL)",
        "INSERT INTO project VALUES"
            + " ('P1', 'CITY', NULL, 2023, E'深圳市\"民生实事\",第一批\\n（含换行）', 1200, 1500, true, 'DEP1', 1234.5,"
            + " 40, 88.50, '2023-06-30 18:30:00+00'),"
            + " ('P2', 'DISTRICT', '440304', 2024, '社区食堂', 0, 0, false, 'DEP2', 0.0001, 0, NULL,"
            + " '2023-07-01 00:00:00+08')",
        "CREATE TABLE activity (activity_id text PRIMARY KEY, platform_id text, activity_type text, held_on date,"
            + " deputy_ids text[], residents_received int, issues_collected int, updated_at timestamp NOT NULL)",
        "INSERT INTO activity VALUES"
            + " ('A1', 'S1', 'RECEPTION', '2023-06-30', ARRAY['D1','D2'], 12, 3, '2023-06-30 23:59:59.999999'),"
            + " ('A2', 'S1', 'SURVEY', '2023-07-01', '{}', NULL, NULL, '2023-07-01 00:00:00'),"
            + " ('A3', 'S2', 'OTHER', NULL, NULL, 0, 0, '2023-07-01 08:00:00')",
        "CREATE TABLE message (message_id text PRIMARY KEY, platform_id text, submitted_at timestamptz,"
            + " citizen_name text, citizen_phone text, category text, content text, deputy_id text,"
            + " responded_at timestamp, letter_id text, status text, updated_at timestamp NOT NULL)",
        "INSERT INTO message VALUES ('M1', 'S1', '2023-06-30 16:00:00+00', '张三', '13800138000', '城市管理',"
            + " E'路灯不亮,请尽快处理。\\r\\n他说：\"明天再来\"', NULL, NULL, NULL, 'OPEN', '2023-07-01 00:00:01')");
    Path definition = Definitions.write(dir.resolve("sources"), "types", db.url(), """
        "livelihood_projects": {"table": "project"},
        "activities": {"table": "activity"},
        "messages": {"table": "message"}""");
    landing = dir.resolve("landing");
    Definitions.pull(definition, landing);
  }

  @Test
  void numbersBooleansAndZonedTimestamps() throws Exception {
    assertThat(LandingZone.allRows(landing, LIVELIHOOD_PROJECTS)).as("sorted by updated_at")
        .extracting(LandingZone::line).containsExactly(
            "P2|DISTRICT|440304|2024|社区食堂|0|0|false|DEP2|0.0001|0||2023-07-01 00:00:00",
            "P1|CITY||2023|深圳市\"民生实事\",第一批\n（含换行）|1200|1500|true|DEP1|1234.5000|40|88.50|2023-07-01 02:30:00");
  }

  @Test
  void datesArraysAndLocalTimestampsTruncatedToSeconds() throws Exception {
    assertThat(LandingZone.allRows(landing, ACTIVITIES)).extracting(LandingZone::line).containsExactly(
        "A1|S1|RECEPTION|2023-06-30|D1;D2|12|3|2023-06-30 23:59:59",
        "A2|S1|SURVEY|2023-07-01||||2023-07-01 00:00:00",
        "A3|S2|OTHER|||0|0|2023-07-01 08:00:00");
  }

  @Test
  void chineseTextWithCommasQuotesAndLineBreaksSurvivesRfc4180() throws Exception {
    assertThat(LandingZone.allRows(landing, MESSAGES)).extracting(LandingZone::line).containsExactly(
        "M1|S1|2023-07-01 00:00:00|张三|13800138000|城市管理|路灯不亮,请尽快处理。\r\n他说：\"明天再来\"||||OPEN"
            + "|2023-07-01 00:00:01");
  }
}
