package org.npcwh.pull;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows per second pulled from the embedded PostgreSQL server into a landing batch, and the peak heap
 * while pulling, for growing tables (not a test: nothing is asserted). Run with a small heap to see
 * that memory stays flat:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test -pl pull
 * java -Xmx128m -cp pull/target/test-classes:pull/target/classes:$(cat pull/target/cp.txt) org.npcwh.pull.PullBenchmark
 * </pre>
 */
public final class PullBenchmark {
  private PullBenchmark() {}

  public static void main(String[] args) throws Exception {
    int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
        : new int[] {125_000, 250_000, 500_000, 1_000_000};
    System.out.printf("%10s %10s %12s %14s %12s%n", "rows", "seconds", "rows/s", "peak heap MB", "file MB");
    for (int rows : sizes) {
      measure(rows);
    }
    System.exit(0);
  }

  private static void measure(int rows) throws Exception {
    TestDatabase db = TestDatabase.create();
    db.execute("CREATE TABLE letters (letter_id text PRIMARY KEY, deputy_id text, department_code text,"
            + " message_id text, sent_at timestamp, answered_at timestamp, satisfaction text,"
            + " updated_at timestamp NOT NULL)",
        "INSERT INTO letters SELECT 'L' || i, 'D' || (i % 997), 'DEP' || (i % 31), 'M' || i,"
            + " timestamp '2023-01-01' + i * interval '1 second', timestamp '2023-01-02' + i * interval '1 second',"
            + " CASE i % 3 WHEN 0 THEN 'SATISFIED' WHEN 1 THEN 'BASICALLY_SATISFIED' ELSE NULL END,"
            + " timestamp '2023-01-01' + i * interval '1 second' FROM generate_series(1, " + rows + ") i",
        "VACUUM ANALYZE letters");
    Path dir = Files.createTempDirectory("pull-benchmark");
    Path definition = Definitions.write(dir, "bench", db.url(), "\"letters\": {\"table\": \"letters\"}");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    PullReport report = Definitions.pull(definition, dir.resolve("landing")).report();
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    long bytes;
    try (var files = Files.walk(dir.resolve("landing/letters"))) {
      bytes = files.filter(p -> p.toString().endsWith(".csv")).mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf("%,10d %10.2f %,12.0f %14.1f %12.1f%n", report.rowsWritten(), seconds,
        report.rowsWritten() / seconds, peak.get() / 1e6, bytes / 1e6);
  }
}
