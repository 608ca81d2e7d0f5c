package org.npcwh.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.ingest.fuzz.FuzzLanding;
import org.npcwh.ingest.fuzz.FuzzLanding.Planned;
import org.npcwh.ingest.fuzz.FuzzLanding.Seed;
import org.npcwh.ingest.parquet.ParquetTableReader;

/**
 * Mutated batches (bit flips, truncations, encoding swaps, quote storms, odd values…, see
 * {@code fuzz/Mutations}) through the real ingest, many batches per run. Every batch must end INGESTED,
 * DUPLICATE or REJECTED without any exception escaping, every ingested batch's ledger must conserve its
 * rows ({@code rows_in = accepted + set aside}, and the Parquet files hold exactly those rows), and a
 * second run over the same landing zone must change nothing.
 *
 * <p>Quick profile by default; the benchmark's long profile: {@code mvn -pl ingest -am test
 * -Dtest=IngestFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dnpcwh.fuzz.batches=20000}. A failure
 * names the seed, the run and the batch (its files are kept under {@code target/fuzz-failures/}).
 */
class IngestFuzzTest {
  private static final int BATCHES = Integer.getInteger("npcwh.fuzz.batches", 300);
  private static final long SEED = Long.getLong("npcwh.fuzz.seed", 20_261_128L);
  private static final int BATCHES_PER_RUN = 150;

  @TempDir
  Path temp;

  @Test
  void mutatedBatchesNeverCrashIngestAndIngestedOnesConserveTheirRows() throws IOException {
    List<Seed> seeds = seeds();
    Map<BatchStatus, Integer> tally = new HashMap<>();
    for (int run = 0; run * BATCHES_PER_RUN < BATCHES; run++) {
      Path root = temp.resolve("run-" + run);
      Path landing = root.resolve("landing");
      FuzzLanding.writeBase(landing, seeds);
      FuzzLanding fuzz = new FuzzLanding(seeds, new Random(SEED * 1_000 + run));
      List<Planned> planned = new ArrayList<>();
      for (int i = 0; i < Math.min(BATCHES_PER_RUN, BATCHES - run * BATCHES_PER_RUN); i++) {
        planned.add(fuzz.write(landing, "f%04d".formatted(i)));
      }
      String where = "seed " + SEED + ", run " + run;
      IngestReport report = ingestOrExplain(landing, root.resolve("wh"), planned, where, seeds);
      Map<String, BatchOutcome> outcomes = new HashMap<>();
      report.outcomes().forEach(o -> outcomes.put(o.dataset() + "/" + o.batchId(), o));
      for (Planned batch : planned) {
        BatchOutcome outcome = outcomes.get(batch.dataset() + "/" + batch.batchId());
        assertThat(outcome).as(where + ": " + batch.description()).isNotNull();
        assertThat(outcome.status()).as(where + ": " + batch.description())
            .isIn(BatchStatus.INGESTED, BatchStatus.DUPLICATE, BatchStatus.REJECTED);
        tally.merge(outcome.status(), 1, Integer::sum);
      }
      assertConserved(new TestWarehouse(root.resolve("wh")), outcomes, planned, where);
      assertSecondRunChangesNothing(landing, root.resolve("wh"), report, where);
      deleteRecursively(root);
    }
    System.out.println("fuzz: " + BATCHES + " batches, seed " + SEED + ", outcomes " + tally);
    // Most batches must reach row validation, or the fuzzer only exercises the manifest checks.
    assertThat(tally.getOrDefault(BatchStatus.INGESTED, 0)).as(tally.toString()).isGreaterThan(BATCHES / 3);
    assertThat(tally.getOrDefault(BatchStatus.REJECTED, 0)).as(tally.toString()).isGreaterThan(BATCHES / 10);
  }

  private static void assertConserved(TestWarehouse warehouse, Map<String, BatchOutcome> outcomes,
      List<Planned> planned, String where) throws IOException {
    Map<String, LedgerEntry> ledger = new HashMap<>();
    Ledger.readAll(warehouse.root).forEach(e -> ledger.put(e.dataset() + "/" + e.batchId(), e));
    for (Planned batch : planned) {
      String name = batch.dataset() + "/" + batch.batchId();
      if (outcomes.get(name).status() != BatchStatus.INGESTED) {
        continue;
      }
      LedgerEntry entry = ledger.get(name);
      SourceDataset dataset = SourceDataset.byName(batch.dataset());
      String as = where + ": " + batch.description() + " -> " + entry;
      assertThat(entry.rowsIn()).as(as).isEqualTo(entry.rowsAccepted() + entry.rowsSetAside());
      Path folder = warehouse.layout.batch(dataset, batch.batchId());
      assertThat(ParquetTableReader.rowCount(folder.resolve(WarehouseLayout.DATA_FILE))).as(as).isEqualTo(entry.rowsAccepted());
      assertThat(ParquetTableReader.rowCount(folder.resolve(WarehouseLayout.SET_ASIDE_FILE))).as(as).isEqualTo(entry.rowsSetAside());
    }
  }

  private static void assertSecondRunChangesNothing(Path landing, Path wh, IngestReport first, String where) {
    IngestReport second = ingest(landing, wh);
    Map<String, BatchStatus> expected = new HashMap<>();
    first.outcomes().forEach(o -> expected.put(o.dataset() + "/" + o.batchId(),
        o.status() == BatchStatus.REJECTED ? BatchStatus.REJECTED : BatchStatus.ALREADY_INGESTED));
    Map<String, BatchStatus> actual = new HashMap<>();
    second.outcomes().forEach(o -> actual.put(o.dataset() + "/" + o.batchId(), o.status()));
    assertThat(actual).as(where + ", second run").isEqualTo(expected);
  }

  private static IngestReport ingest(Path landing, Path wh) {
    return new IngestJob(new IngestSettings(landing, wh, TestLanding.KEY), line -> { }).run();
  }

  /** Runs ingest; if anything escapes, finds the batch that makes it escape alone and keeps its files. */
  private IngestReport ingestOrExplain(Path landing, Path wh, List<Planned> planned, String where, List<Seed> seeds)
      throws IOException {
    try {
      return ingest(landing, wh);
    } catch (RuntimeException | Error escaped) {
      for (Planned batch : planned) {
        Path alone = temp.resolve("alone-" + batch.batchId());
        FuzzLanding.writeBase(alone.resolve("landing"), seeds);
        copy(batch.folder(), alone.resolve("landing").resolve(batch.dataset()).resolve(batch.batchId()));
        try {
          ingest(alone.resolve("landing"), alone.resolve("wh"));
        } catch (RuntimeException | Error culprit) {
          Path kept = Path.of("target", "fuzz-failures", SEED + "-" + batch.batchId());
          copy(batch.folder(), kept);
          throw new AssertionError(where + ": ingest threw on " + batch.description() + "; files kept in "
              + kept.toAbsolutePath() + "\n" + stackTrace(culprit), culprit);
        }
        deleteRecursively(alone);
      }
      throw new AssertionError(where + ": ingest threw, but no batch alone makes it throw\n" + stackTrace(escaped));
    }
  }

  /** The unmutated fixtures of the end-to-end test: one valid file per dataset. */
  private static List<Seed> seeds() {
    List<Seed> seeds = new ArrayList<>();
    for (SourceDataset dataset : SourceDataset.values()) {
      for (String extension : new String[] {".csv", ".jsonl"}) {
        String name = dataset.datasetName() + extension;
        if (IngestEndToEndTest.class.getResource("/IngestEndToEndTest/" + name) != null) {
          seeds.add(new Seed(dataset, name, TestLanding.resource(IngestEndToEndTest.class, name)));
        }
      }
    }
    return seeds;
  }

  private static String stackTrace(Throwable t) {
    StringWriter text = new StringWriter();
    t.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
