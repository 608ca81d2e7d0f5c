package org.npcwh.transform.current;

import static org.assertj.core.api.Assertions.assertThat;
import static org.npcwh.transform.testing.RawFixture.d;
import static org.npcwh.transform.testing.RawFixture.dec;
import static org.npcwh.transform.testing.RawFixture.ts;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.transform.testing.RawFixture;
import org.npcwh.transform.testing.SharedSpark;

/**
 * References restricted to one kind of row. Fixture: district FT, street FT01, community FT0101;
 * station S1 and home H1.
 * <pre>
 * voter_meetings     VM1 street FT01 ok; VM2 names the community FT0101: held; VM3 the district FT: held
 * station_resources  S1 2024 ok; H1 2024 names a home: held
 * </pre>
 */
class ReferenceKindTest {
  private static CurrentTables current;

  @BeforeAll
  static void build() {
    RawFixture f = new RawFixture();
    f.batch(SourceDataset.REGIONS)
        .row("FT", "福田区", "DISTRICT", null)
        .row("FT01", "园岭街道", "STREET", "FT")
        .row("FT0101", "百花社区", "COMMUNITY", "FT01");
    f.batch(SourceDataset.PLATFORMS)
        .row("S1", "STATION", "站", "FT01", "FT0101", "COMMUNITY", false, null, null, d("2020-01-01"), null)
        .row("H1", "HOME", "家", "FT01", null, "COMMUNITY", false, null, null, d("2020-01-01"), null);
    f.batch(SourceDataset.STATION_RESOURCES)
        .row("S1", 2024L, 1L, 2L, 3L, dec("1.0"))
        .row("H1", 2024L, 1L, 0L, 0L, dec("0.5"));
    f.batch(SourceDataset.VOTER_MEETINGS)
        .row("VM1", "FT01", d("2024-03-01"), 40L, 10L, 8L, 5L, ts("2024-03-01 18:00:00"))
        .row("VM2", "FT0101", d("2024-03-02"), 40L, 10L, 8L, 5L, ts("2024-03-02 18:00:00"))
        .row("VM3", "FT", d("2024-03-03"), 40L, 10L, 8L, 5L, ts("2024-03-03 18:00:00"));
    current = CurrentState.of(f.build(SharedSpark.get()));
  }

  @Test
  void onlyRowsOfTheNamedKindResolve() {
    assertThat(keys(SourceDataset.VOTER_MEETINGS)).containsExactly("VM1");
    assertThat(keys(SourceDataset.STATION_RESOURCES)).containsExactly("S1");
  }

  @Test
  void heldRowsSayWhichKindWasExpected() {
    List<String> reasons = current.referenceHolds().orderBy("dataset", "key").collectAsList().stream()
        .map(r -> r.getString(0) + " " + r.getString(4) + ": " + r.getString(7)).toList();
    assertThat(reasons).containsExactly(
        "station_resources H1 | 2024: platform_id \"H1\" is not a known platforms key of platform type STATION",
        "voter_meetings VM2: street_code \"FT0101\" is not a known regions key of level STREET",
        "voter_meetings VM3: street_code \"FT\" is not a known regions key of level STREET");
  }

  private static List<String> keys(SourceDataset dataset) {
    return current.get(dataset).collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
  }
}
