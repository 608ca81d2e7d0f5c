package org.npcwh.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.npcwh.core.contract.SourceDataset.LETTERS;
import static org.npcwh.core.contract.SourceDataset.REGIONS;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;

/**
 * The pull's connection is terminated by the server ({@code pg_terminate_backend} from a second
 * connection) while a big table is being fetched in chunks: no manifest, no batch, no watermark for
 * that dataset; the next pull repeats the window and, across all batches, every row version is
 * delivered exactly once.
 */
class ConnectionLossIT {
  private static final int ROWS = 200_000;
  private static final int CHANGED = 150_000;

  @TempDir Path dir;

  @Test
  void aPullKilledMidStreamLeavesNothingAndTheNextPullCompletesWithoutLossOrDoubles() throws Exception {
    TestDatabase db = TestDatabase.create();
    db.execute(
        "CREATE TABLE region (region_code text PRIMARY KEY, name text, level text, parent_code text)",
        "INSERT INTO region VALUES ('440300', '深圳市', 'DISTRICT', NULL)",
        "CREATE TABLE letters (letter_id text PRIMARY KEY, deputy_id text, department_code text, message_id text,"
            + " sent_at timestamp, answered_at timestamp, satisfaction text, updated_at timestamp NOT NULL)",
        "INSERT INTO letters SELECT 'L' || i, 'D' || (i % 97), 'DEP' || (i % 13), NULL,"
            + " timestamp '2023-01-01' + i * interval '1 second', NULL, NULL,"
            + " timestamp '2023-01-01' + i * interval '1 second' FROM generate_series(1, " + ROWS + ") i");
    Path definition = Definitions.write(dir.resolve("sources"), "liaison", db.url(),
        "\"regions\": {\"table\": \"region\"}, \"letters\": {\"table\": \"letters\"}", "\"fetch_size\": 1000");
    Path landing = dir.resolve("landing");

    UserException lost = killedPull(db, definition, landing);
    assertThat(lost).as("the pull fails").isNotNull();
    assertThat(lost.exitCode()).isEqualTo(ExitCode.SOURCE);
    assertThat(lost.getMessage()).contains("Source 'liaison', dataset letters", "connection was lost after 100000 rows",
        "Pull again");
    assertThat(LandingZone.batches(landing, REGIONS)).as("completed before the loss: kept").hasSize(1);
    assertThat(LandingZone.batches(landing, LETTERS)).isEmpty();
    assertThat(leftovers(landing)).isEmpty();
    assertThat(new ObjectMapper().readTree(landing.resolve(".pull-state/liaison.json").toFile())
        .at("/datasets/letters").isMissingNode()).isTrue();

    PullReport complete = Definitions.pull(definition, landing).report();
    assertThat(complete.rowsWritten()).isEqualTo(ROWS);
    assertThat(LandingZone.batches(landing, REGIONS)).as("unchanged reference data: no second batch").hasSize(1);

    db.execute("UPDATE letters SET satisfaction = 'SATISFIED', updated_at = updated_at + interval '400 days'"
        + " WHERE substr(letter_id, 2)::int <= " + CHANGED);
    assertThat(killedPull(db, definition, landing).getMessage()).contains("dataset letters");
    assertThat(LandingZone.batches(landing, LETTERS)).hasSize(1);

    PullReport changes = Definitions.pull(definition, landing).report();
    assertThat(changes.rowsWritten()).isEqualTo(CHANGED);
    assertEveryVersionDeliveredExactlyOnce(db, landing);
    assertThat(Definitions.pull(definition, landing).report().batchesWritten()).isZero();
  }

  /** A pull whose connection the server terminates once 100,000 rows of letters have been read. */
  private static UserException killedPull(TestDatabase db, Path definition, Path landing) {
    Consumer<String> killer = line -> {
      if (line.startsWith("letters: 100,000 rows read")) {
        terminatePull(db);
      }
    };
    return catchThrowableOfType(UserException.class,
        () -> Definitions.pull(definition, landing, Definitions.ENV, killer));
  }

  private static void terminatePull(TestDatabase db) {
    try (Connection admin = db.admin();
        PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            + " WHERE application_name = ? AND datname = ?")) {
      kill.setString(1, SourceConnection.APPLICATION_NAME);
      kill.setString(2, db.name());
      try (ResultSet rs = kill.executeQuery()) {
        assertThat(rs.next()).as("the pull's backend is found").isTrue();
        assertThat(rs.getBoolean(1)).isTrue();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertEveryVersionDeliveredExactlyOnce(TestDatabase db, Path landing) throws Exception {
    List<Map<String, String>> delivered = LandingZone.allRows(landing, LETTERS);
    Set<String> versions = new HashSet<>();
    Map<String, String> latest = new HashMap<>();
    for (Map<String, String> row : delivered) {
      assertThat(versions.add(row.get("letter_id") + "@" + row.get("updated_at"))).as("doubled: %s", row).isTrue();
      latest.merge(row.get("letter_id"), row.get("updated_at"), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    assertThat(delivered).hasSize(ROWS + CHANGED);
    Map<String, String> source = new HashMap<>();
    try (Connection admin = db.admin();
        ResultSet rs = admin.createStatement().executeQuery(
            "SELECT letter_id, to_char(updated_at, 'YYYY-MM-DD HH24:MI:SS') FROM letters")) {
      while (rs.next()) {
        source.put(rs.getString(1), rs.getString(2));
      }
    }
    assertThat(latest).isEqualTo(source);
  }

  private static List<Path> leftovers(Path landing) throws Exception {
    try (Stream<Path> paths = Files.walk(landing)) {
      return paths.filter(p -> p.getFileName().toString().startsWith(".pulling-")).toList();
    }
  }
}
