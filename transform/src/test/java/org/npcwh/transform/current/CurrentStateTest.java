package org.npcwh.transform.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npcwh.transform.testing.RawFixture.d;
import static org.npcwh.transform.testing.RawFixture.ts;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.DeliveryMode;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.transform.testing.RawFixture;
import org.npcwh.transform.testing.SharedSpark;

/** Latest version per key and newest full batch, with their tie rules. */
class CurrentStateTest {
  private static CurrentTables current;

  @BeforeAll
  static void build() {
    RawFixture f = new RawFixture();
    // Regions: an old full batch (R_OLD disappears), the newest full batch, an older incremental batch that
    // must not count, a later incremental batch that replaces one row and adds one, and a full batch with the
    // same extracted_at but a smaller batch id than the newest (loses the tie).
    f.batch(SourceDataset.REGIONS, "full-1", "2023-01-01 00:00:00", DeliveryMode.FULL)
        .row("R_OLD", "旧区", "DISTRICT", null)
        .row("D1", "福田区(旧名)", "DISTRICT", null);
    f.batch(SourceDataset.REGIONS, "full-3", "2023-02-01 00:00:00", DeliveryMode.FULL)
        .row("D1", "福田区", "DISTRICT", null)
        .row("D2", "南山区", "DISTRICT", null);
    f.batch(SourceDataset.REGIONS, "full-2", "2023-02-01 00:00:00", DeliveryMode.FULL)
        .row("D9", "同时抽取但批次号较小", "DISTRICT", null);
    f.batch(SourceDataset.REGIONS, "inc-0", "2023-01-15 00:00:00", DeliveryMode.INCREMENTAL)
        .row("D2", "南山区(过期更正)", "DISTRICT", null);
    f.batch(SourceDataset.REGIONS, "inc-1", "2023-02-10 00:00:00", DeliveryMode.INCREMENTAL)
        .row("D2", "南山区(更正)", "DISTRICT", null)
        .row("D3", "新区", "DISTRICT", null);
    // Letters: L1 has a newer updated_at in an older batch; L2 ties on updated_at and the later extraction
    // wins although its batch id sorts first; L3 ties on updated_at and extraction, the later batch id wins;
    // L4 appears twice in one batch, the later line wins.
    f.batch(SourceDataset.LETTERS, "b-2", "2023-03-01 00:00:00", DeliveryMode.INCREMENTAL)
        .row("L1", "DP1", "DEP1", null, ts("2023-01-01 08:00:00"), ts("2023-01-20 08:00:00"), "SATISFIED",
            ts("2023-01-20 08:00:00"))
        .row("L2", "DP1", "DEP1", null, ts("2023-01-01 08:00:00"), null, "EARLY_EXTRACTION_LOSES",
            ts("2023-01-05 08:00:00"))
        .row("L3", "DP1", "DEP1", null, ts("2023-01-01 08:00:00"), null, "SMALLER_BATCH_LOSES",
            ts("2023-01-05 08:00:00"));
    f.batch(SourceDataset.LETTERS, "a-1", "2023-03-02 00:00:00", DeliveryMode.INCREMENTAL)
        .row("L1", "DP1", "DEP1", null, ts("2023-01-01 08:00:00"), null, "OLDER_VERSION",
            ts("2023-01-10 08:00:00"))
        .row("L2", "DP1", "DEP1", null, ts("2023-01-01 08:00:00"), null, "WINS", ts("2023-01-05 08:00:00"));
    f.batch(SourceDataset.LETTERS, "c-3", "2023-03-01 00:00:00", DeliveryMode.INCREMENTAL)
        .row("L3", "DP1", "DEP1", null, ts("2023-01-01 08:00:00"), null, "WINS", ts("2023-01-05 08:00:00"))
        .row("L4", "DP1", "DEP1", null, ts("2023-01-01 08:00:00"), null, "EARLIER_LINE", ts("2023-01-05 08:00:00"))
        .row("L4", "DP1", "DEP1", null, ts("2023-01-01 08:00:00"), null, "WINS", ts("2023-01-05 08:00:00"));
    // The keys the letters and the duty roster name, so that no version is held for a reference.
    f.batch(SourceDataset.DEPARTMENTS).row("DEP1", "交通局", "MUNICIPAL", null);
    f.batch(SourceDataset.PLATFORMS).row("ST1", "STATION", "站", null, null, "COMMUNITY", false, null, null, null, null);
    f.batch(SourceDataset.DEPUTIES).row("DP1", "张伟", "DISTRICT", null, "ST1", null, null, null);
    f.batch(SourceDataset.DUTY_ROSTER)
        .row("DP1", d("2023-01-05"), "ST1", ts("2023-01-05 09:00:00"))
        .row("DP1", d("2023-01-06"), "ST1", ts("2023-01-06 09:00:00"));
    current = CurrentState.of(f.build(SharedSpark.get()));
  }

  @Test
  void referenceDataIsTheNewestFullBatchPlusLaterIncrements() {
    List<String> regions = current.get(SourceDataset.REGIONS).orderBy("region_code").collectAsList().stream()
        .map(r -> r.getString(0) + "=" + r.getString(1)).toList();
    assertThat(regions).containsExactly("D1=福田区", "D2=南山区(更正)", "D3=新区");
  }

  @Test
  void incrementalDataIsTheLatestVersionPerKeyWithDocumentedTieBreaks() {
    List<Row> letters = current.get(SourceDataset.LETTERS).orderBy("letter_id").collectAsList();
    assertThat(letters).extracting(r -> r.getString(0) + "=" + r.getString(6))
        .containsExactly("L1=SATISFIED", "L2=WINS", "L3=WINS", "L4=WINS");
  }

  @Test
  void compositeKeysKeepOneRowPerKey() {
    assertThat(current.get(SourceDataset.DUTY_ROSTER).count()).isEqualTo(2);
  }
}
