package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.WarehouseLayout;

/**
 * One landing zone with a batch for every dataset, each holding good rows and one or more bad rows
 * of a known kind (see {@code src/test/resources/IngestEndToEndTest/}); expected figures by hand.
 */
class IngestEndToEndTest {
  private static final String EXTRACTED = "2024-03-31 23:00:00";

  @TempDir
  static Path temp;
  static TestWarehouse warehouse;
  static IngestReport report;
  static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void ingestOnce() {
    TestLanding landing = new TestLanding(temp.resolve("landing"));
    deliver(landing, "regions", "regions.csv", 8, "full", "UTF-8");
    deliver(landing, "departments", "departments.jsonl", 5, "full", "UTF-8");
    deliver(landing, "platforms", "platforms.csv", 5, "full", "GB18030");
    deliver(landing, "platform_coverage", "platform_coverage.csv", 3, "full", "UTF-8");
    deliver(landing, "deputies", "deputies.csv", 4, "full", "UTF-8");
    deliver(landing, "activities", "activities.csv", 9, "incremental", "UTF-8");
    deliver(landing, "duty_roster", "duty_roster.jsonl", 3, "incremental", "UTF-8");
    deliver(landing, "messages", "messages.csv", 4, "incremental", "UTF-8");
    deliver(landing, "letters", "letters.jsonl", 2, "incremental", "UTF-8");
    deliver(landing, "drafts", "drafts.csv", 1, "incremental", "UTF-8");
    deliver(landing, "opinions", "opinions.csv", 2, "incremental", "UTF-8");
    deliver(landing, "suggestions", "suggestions.csv", 3, "incremental", "UTF-8");
    deliver(landing, "suggestion_replies", "suggestion_replies.csv", 3, "incremental", "UTF-8");
    deliver(landing, "evaluations", "evaluations.jsonl", 5, "incremental", "UTF-8");
    deliver(landing, "livelihood_projects", "livelihood_projects.csv", 3, "incremental", "UTF-8");
    warehouse = new TestWarehouse(temp.resolve("wh"));
    report = new IngestJob(new IngestSettings(landing.root, warehouse.root, TestLanding.KEY), progress::add).run();
  }

  private static void deliver(TestLanding landing, String dataset, String file, long records, String mode,
      String encoding) {
    landing.batch(dataset, "b1").extractedAt(EXTRACTED).mode(mode).encoding(encoding)
        .format(file.endsWith(".jsonl") ? "jsonl" : "csv")
        .file(file, TestLanding.resource(IngestEndToEndTest.class, file), records)
        .writeManifest();
  }

  @Test
  void everyBatchIsIngestedInContractOrderWithHandCountedRows() {
    assertThat(report.outcomes())
        .extracting(BatchOutcome::dataset, BatchOutcome::status, BatchOutcome::rowsIn,
            BatchOutcome::rowsAccepted, BatchOutcome::rowsSetAside, BatchOutcome::rowsPending)
        .containsExactly(
            tuple("regions", BatchStatus.INGESTED, 8L, 7L, 1L, 1L),
            tuple("departments", BatchStatus.INGESTED, 5L, 4L, 1L, 1L),
            tuple("platforms", BatchStatus.INGESTED, 5L, 3L, 2L, 0L),
            tuple("platform_coverage", BatchStatus.INGESTED, 3L, 3L, 0L, 1L),
            tuple("deputies", BatchStatus.INGESTED, 4L, 3L, 1L, 1L),
            tuple("activities", BatchStatus.INGESTED, 9L, 3L, 6L, 2L),
            tuple("duty_roster", BatchStatus.INGESTED, 3L, 2L, 1L, 1L),
            tuple("messages", BatchStatus.INGESTED, 4L, 2L, 2L, 0L),
            tuple("letters", BatchStatus.INGESTED, 2L, 2L, 0L, 1L),
            tuple("drafts", BatchStatus.INGESTED, 1L, 1L, 0L, 0L),
            tuple("opinions", BatchStatus.INGESTED, 2L, 2L, 0L, 1L),
            tuple("suggestions", BatchStatus.INGESTED, 3L, 3L, 0L, 1L),
            tuple("suggestion_replies", BatchStatus.INGESTED, 3L, 2L, 1L, 1L),
            tuple("evaluations", BatchStatus.INGESTED, 5L, 4L, 1L, 2L),
            tuple("livelihood_projects", BatchStatus.INGESTED, 3L, 1L, 2L, 0L));
    assertThat(progress).hasSize(15).first().asString()
        .isEqualTo("regions/b1 INGESTED: 8 rows in, 7 accepted (1 pending a reference), 1 set aside");
  }

  @Test
  void eachBadRowIsSetAsideWithItsLineAndFirstFailingCheck() {
    List<Object[]> expected = List.of(
        row("regions", 9L, "BAD_CODE", "level"),
        row("departments", 6L, "MALFORMED_RECORD", null),
        row("platforms", 5L, "BAD_TYPE", "is_legislative_point"),
        row("platforms", 6L, "BAD_TYPE", "opened_on"),
        row("deputies", 5L, "MISSING_KEY", "deputy_id"),
        row("activities", 4L, "BAD_CODE", "activity_type"),
        row("activities", 5L, "OUT_OF_RANGE", "residents_received"),
        row("activities", 6L, "BAD_TYPE", "residents_received"),
        row("activities", 7L, "MISSING_KEY", "updated_at"),
        row("activities", 8L, "BAD_TYPE", "updated_at"),
        row("activities", 10L, "MALFORMED_RECORD", null),
        row("duty_roster", 3L, "BAD_TYPE", "duty_date"),
        row("messages", 7L, "BAD_CODE", "status"),
        row("messages", 8L, "MALFORMED_RECORD", null),
        row("suggestion_replies", 4L, "OUT_OF_RANGE", "round"),
        row("evaluations", 5L, "OUT_OF_RANGE", "score"),
        row("livelihood_projects", 3L, "BAD_TYPE", "budget_wan"),
        row("livelihood_projects", 4L, "OUT_OF_RANGE", "satisfaction_score"));
    List<Object[]> actual = new ArrayList<>();
    for (SourceDataset dataset : delivered()) {
      for (Map<String, Object> r : warehouse.setAside(dataset, "b1")) {
        actual.add(row((String) r.get("dataset"), (Long) r.get("source_line"), (String) r.get("reason_code"),
            (String) r.get("field")));
      }
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  /** The datasets this landing delivers (the first tier's; {@link IngestSecondTierTest} has the rest). */
  private static List<SourceDataset> delivered() {
    return Ledger.readAll(warehouse.root).stream().map(e -> SourceDataset.byName(e.dataset())).toList();
  }

  private static Object[] row(String dataset, Long line, String code, String field) {
    return new Object[] {dataset, line, code, field};
  }

  @Test
  void aRowWhoseOnlyFaultIsAnUnknownReferenceIsAcceptedWithItsReason() {
    List<String> expected = List.of(
        "regions 8 parent_code \"ZZ\"", "departments 5 district_code", "platform_coverage 4 platform_id",
        "deputies 4 platform_id", "activities 3 deputy_ids element \"D999\"", "activities 9 platform_id \"P-ZZ\"",
        "duty_roster 2 deputy_id", "letters 2 department_code", "opinions 3 draft_id",
        "suggestions 4 co_department_codes element", "suggestion_replies 3 suggestion_id", "evaluations 3 reply_id",
        "evaluations 4 reviews_evaluation_id \"E0\"");
    List<String> pending = new ArrayList<>();
    for (SourceDataset dataset : delivered()) {
      for (Map<String, Object> r : warehouse.data(dataset, "b1")) {
        if (r.get("_pending_reference") != null) {
          pending.add(dataset.datasetName() + " " + r.get("_source_line") + " " + r.get("_pending_reference"));
        }
      }
    }
    assertThat(pending).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(pending.get(i)).startsWith(expected.get(i)).contains(" is not a known ");
    }
  }

  @Test
  void reasonsNameTheFieldAndTheOffendingValue() {
    assertThat(warehouse.data(SourceDataset.ACTIVITIES, "b1"))
        .extracting(r -> r.get("_pending_reference"))
        .containsExactly(null, "deputy_ids element \"D999\" is not a known deputies key",
            "platform_id \"P-ZZ\" is not a known platforms key");
    assertThat(warehouse.setAside(SourceDataset.ACTIVITIES, "b1"))
        .extracting(r -> r.get("reason"))
        .contains("activity_type \"MEETING\" is not one of DELIBERATION, LEGISLATIVE_CONSULTATION, OTHER, RECEPTION, SURVEY",
            "residents_received \"-1\" is outside the range 0 or more",
            "residents_received \"4.5\" is not a whole number",
            "required field updated_at is empty or absent",
            "the record has 9 fields but the header has 8");
    Map<String, Object> bad = warehouse.setAside(SourceDataset.ACTIVITIES, "b1").get(0);
    assertThat(bad).containsEntry("batch_id", "b1").containsEntry("source_file", "activities.csv")
        .containsEntry("raw_text", "A3,P-NS01-P,MEETING,2024-03-07,D002,5,1,2024-03-07 18:00:00");
  }

  @Test
  void valuesAreTypedAndCarryLineage() {
    Map<String, Object> project = warehouse.data(SourceDataset.LIVELIHOOD_PROJECTS, "b1").get(0);
    assertThat(project).containsEntry("project_id", "LP1").containsEntry("year", 2024L)
        .containsEntry("budget_wan", new BigDecimal("1200.5000")).containsEntry("selected", true)
        .containsEntry("satisfaction_score", null).containsEntry("district_code", "FT")
        .containsEntry("updated_at", LocalDateTime.of(2024, 2, 1, 0, 0))
        .containsEntry("_batch_id", "b1").containsEntry("_extracted_at", LocalDateTime.of(2024, 3, 31, 23, 0))
        .containsEntry("_source_file", "livelihood_projects.csv").containsEntry("_source_line", 2L);
    Map<String, Object> suggestion = warehouse.data(SourceDataset.SUGGESTIONS, "b1").get(0);
    assertThat(suggestion).containsEntry("co_department_codes", List.of("FT-JY", "NS-WJ"))
        .containsEntry("submitted_on", LocalDate.of(2024, 1, 10)).containsEntry("is_key", true);
    assertThat(warehouse.data(SourceDataset.SUGGESTIONS, "b1").get(1)).containsEntry("co_department_codes", null);
  }

  @Test
  void byteOrderMarkAndGb18030AreDecoded() {
    assertThat(warehouse.data(SourceDataset.REGIONS, "b1"))
        .extracting(r -> r.get("region_code"), r -> r.get("name"), r -> r.get("parent_code"))
        .containsExactly(tuple("FT", "福田区", null), tuple("FT01", "园岭街道", "FT"),
            tuple("FT0101", "百花社区", "FT01"), tuple("FT0102", "红荔社区, 新村", "FT01"),
            tuple("NS", "南山区", null), tuple("NS01", "南头街道", "NS"), tuple("XX01", "错误街道", "ZZ"));
    assertThat(warehouse.data(SourceDataset.PLATFORMS, "b1"))
        .extracting(r -> r.get("name"))
        .containsExactly("园岭街道人大代表之家", "百花社区代表联络站", "南头科技园联系点");
    assertThat(warehouse.data(SourceDataset.PLATFORMS, "b1").get(1))
        .containsEntry("is_legislative_point", true).containsEntry("legislative_since", LocalDate.of(2021, 3, 1))
        .containsEntry("closed_on", null);
  }

  @Test
  void multiLineQuotedCsvKeepsItsTextAndStartLinePersonalDataProtected() throws Exception {
    List<Map<String, Object>> messages = warehouse.data(SourceDataset.MESSAGES, "b1");
    assertThat(messages).extracting(r -> r.get("message_id"), r -> r.get("_source_line"))
        .containsExactly(tuple("M1", 2L), tuple("M2", 4L));
    assertThat(messages.get(0))
        .containsEntry("content", "路口红绿灯太短, 老人过不去。\r\n请联系我：138******78 或 075*-******89")
        .containsEntry("citizen_name_hash", hmac("陈小明"))
        .containsEntry("citizen_phone_hash", hmac("13812345678"))
        .containsEntry("submitted_at", LocalDateTime.of(2024, 3, 1, 10, 0))
        .doesNotContainKeys("citizen_name", "citizen_phone");
    assertThat(messages.get(1))
        .containsEntry("content", "他说\"马上处理\"，\r\n但身份证440*************3X的人\r\n没来")
        .containsEntry("citizen_phone_hash", hmac("139 9876 5432"))
        .containsEntry("responded_at", null);
    assertThat(warehouse.data(SourceDataset.OPINIONS, "b1").get(0))
        .containsEntry("opinion_text", "建议增加条款，联系人电话 135******78");
  }

  @Test
  void setAsideRecordsOfPersonalDataAreRebuiltProtectedOrWithheld() throws Exception {
    List<Map<String, Object>> bad = warehouse.setAside(SourceDataset.MESSAGES, "b1");
    assertThat(bad.get(0)).containsEntry("raw_text", "M3,P-FT0101-S,2024-03-01 12:00:00," + hmac("赵小六") + ","
        + hmac("13700001111") + ",环境,\"电话137******11, 垃圾\",D001,,,PENDING,2024-03-01 12:00:00");
    assertThat(bad.get(1)).containsEntry("raw_text", null);
    assertThat((String) bad.get(1).get("reason")).isEqualTo("the record has 5 fields but the header has 12"
        + RawRows.WITHHELD);
  }

  @Test
  void rowsInEqualAcceptedPlusSetAsideForEveryBatchAndFiles() {
    List<LedgerEntry> ledger = Ledger.readAll(warehouse.root);
    assertThat(ledger).hasSize(15).allSatisfy(entry -> {
      SourceDataset dataset = SourceDataset.byName(entry.dataset());
      assertThat(entry.rowsIn()).isEqualTo(entry.rowsAccepted() + entry.rowsSetAside());
      assertThat(warehouse.data(dataset, entry.batchId()).stream().filter(r -> r.get("_pending_reference") != null)
          .count()).isEqualTo(entry.rowsPending());
      assertThat((long) warehouse.data(dataset, entry.batchId()).size()).isEqualTo(entry.rowsAccepted());
      assertThat((long) warehouse.setAside(dataset, entry.batchId()).size()).isEqualTo(entry.rowsSetAside());
      assertThat(entry.status()).isEqualTo(BatchStatus.INGESTED);
      assertThat(entry.extractedAt()).isEqualTo(LocalDateTime.of(2024, 3, 31, 23, 0));
    });
    assertThat(ledger.get(2)).extracting(LedgerEntry::dataset, LedgerEntry::mode, LedgerEntry::format,
        LedgerEntry::encoding).containsExactly("platforms", "full", "csv", "GB18030");
  }

  @Test
  void noResidentsNameOrNumberAppearsInAnyByteUnderTheWarehouse() {
    List<String> secrets = List.of("陈小明", "刘大妈", "赵小六", "孙七七", "13812345678", "0755-83456789",
        "83456789", "9876 5432", "44030119900101123X", "13700001111", "13600002222", "13512345678");
    List<Charset> encodings = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16LE);
    Map<String, byte[]> files = warehouse.allFiles();
    byte[] deputies = files.get("raw/deputies/b1/data.parquet");
    assertThat(indexOf(deputies, "张伟".getBytes(StandardCharsets.UTF_8)))
        .as("control: a deputy's (public) name is found by the same search").isNotNegative();
    files.forEach((name, bytes) -> {
      for (String secret : secrets) {
        for (Charset encoding : encodings) {
          assertThat(indexOf(bytes, secret.getBytes(encoding))).as(name + " holds " + secret).isEqualTo(-1);
        }
      }
    });
    for (SourceDataset dataset : List.of(SourceDataset.MESSAGES, SourceDataset.OPINIONS)) {
      String values = warehouse.data(dataset, "b1").toString() + warehouse.setAside(dataset, "b1");
      secrets.forEach(secret -> assertThat(values).doesNotContain(secret));
    }
  }

  @Test
  void summaryTabulatesDatasetsAndTotals() {
    String summary = report.summary();
    assertThat(summary.lines().toList().get(0)).contains("dataset", "new", "already", "duplicate", "rejected",
        "skipped", "rows in", "accepted", "set aside", "pending");
    assertThat(summary).containsPattern("activities\\s+1\\s+0\\s+0\\s+0\\s+0\\s+9\\s+3\\s+6\\s+2")
        .containsPattern("total\\s+15\\s+0\\s+0\\s+0\\s+0\\s+60\\s+42\\s+18\\s+13")
        .doesNotContain("Rejected or skipped");
    assertThat(warehouse.layout.batch(SourceDataset.DRAFTS, "b1").resolve(WarehouseLayout.SET_ASIDE_FILE))
        .exists();
  }

  static String hmac(String value) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(TestLanding.KEY, "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
