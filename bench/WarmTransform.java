import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.core.period.Period;
import org.npcwh.transform.SparkSessions;
import org.npcwh.transform.TransformJob;

/**
 * The same transform run several times in one JVM and one Spark session (bench/warm.sh): the first
 * run is cold (classes loaded, code compiled), the later ones warm. Their difference is what a cold
 * process pays for the JVM's warm-up; what is left in a warm run is the work the Spark plans take.
 * Usage: WarmTransform WAREHOUSE PERIOD RUNS. Prints one line per run: wall and process CPU seconds.
 */
public final class WarmTransform {
  public static void main(String[] args) {
    WarehouseLayout layout = new WarehouseLayout(Path.of(args[0]));
    List<Period> periods = List.of(Period.parse(args[1]));
    int runs = Integer.parseInt(args[2]);
    long started = System.nanoTime();
    SparkSession spark = SparkSessions.forWarehouse("local[*]", false, layout.root().toUri());
    System.out.printf(Locale.ROOT, "session %.1f s%n", (System.nanoTime() - started) / 1e9);
    for (int run = 1; run <= runs; run++) {
      long wall = System.nanoTime();
      long cpu = cpuNanos();
      new TransformJob(spark, layout, line -> { }).run(periods);
      System.out.printf(Locale.ROOT, "run %d %s %.1f s %.1f s CPU%n", run, run == 1 ? "cold" : "warm",
          (System.nanoTime() - wall) / 1e9, (cpuNanos() - cpu) / 1e9);
    }
    spark.stop();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
