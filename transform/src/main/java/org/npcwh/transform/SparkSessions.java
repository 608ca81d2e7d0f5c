package org.npcwh.transform;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.SparkSession;
import org.npcwh.core.error.Errors;
import org.npcwh.core.layout.WarehouseLayout;
import org.npcwh.transform.raw.RawReader;
import org.npcwh.transform.store.WarehouseStore;
import org.npcwh.transform.write.NioLocalFileSystem;

/**
 * The one way this project makes a SparkSession. Under spark-submit the master given there wins
 * (getOrCreate, and the master is only set when spark.master is not already configured); any
 * setting below that is already configured (spark-submit --conf, or a -Dspark.… system property)
 * is kept as given.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** Event times are local China time; the session zone makes any zone-aware conversion agree with it. */
  public static final String TIME_ZONE = "Asia/Shanghai";
  /** Default master when neither the caller nor spark-submit names one. */
  public static final String DEFAULT_MASTER = "local[*]";

  /**
   * From this size of raw input on, a local master keeps Spark's code generation. Measured one month
   * at a time on two cores (docs/decisions.md, "Issue 11: seventh pass"): with 22 MB of raw Parquet
   * (the sample) compiling generated code costs more than it saves; with 157 MB (scale 10) it
   * saves a seventh of the run. The crossover lies between; this is their rounded geometric mean.
   */
  static final long CODEGEN_FROM_BYTES = 64L << 20;

  /**
   * The settings the transform relies on, each applied unless already configured. Those tuned for
   * small data in one JVM apply to local masters only: a cluster gets Spark's defaults for them.
   *
   * @param inputBytes the raw Parquet the run reads ({@link RawReader#bytes})
   */
  static Map<String, String> defaults(String master, long inputBytes) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spark.sql.session.timeZone", TIME_ZONE);
    // Parquet INT64 TIMESTAMP(MICROS) instead of legacy INT96; ntz columns are written isAdjustedToUTC=false.
    settings.put("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    settings.put("spark.sql.parquet.inferTimestampNTZ.enabled", "true");
    settings.put("spark.sql.timestampType", "TIMESTAMP_NTZ");
    settings.put("spark.sql.datetime.java8API.enabled", "true");
    settings.put("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
    settings.put("spark.hadoop.parquet.summary.metadata.level", "NONE");
    // No broadcast timeout: a broadcast's job queues behind the tasks of the tables written beside it, and
    // at scale 100 on two cores a run failed after Spark's 300 s wait. A queued run is not a broken one.
    settings.put("spark.sql.broadcastTimeout", "-1");
    if (isLocal(master)) {
      settings.put("spark.ui.enabled", "false");
      // One shuffle partition per local thread: every task costs the deserialisation of its interpreted
      // plan (a fifth of a cold run's CPU), so more tasks than threads only add that cost.
      settings.put("spark.sql.shuffle.partitions", String.valueOf(localThreads(master)));
      if (inputBytes < CODEGEN_FROM_BYTES) {
        // Small data in a fresh JVM: compiling generated code (Janino) for every one of the ~190 small jobs
        // costs more than it saves. Interpreted evaluation gives the same rows; measured on the calibrated
        // sample, a cold 25-period transform went from 62 s to 55 s.
        settings.put("spark.sql.codegen.wholeStage", "false");
        settings.put("spark.sql.codegen.factoryMode", "NO_CODEGEN");
      }
      // Every input of a plan is a file written earlier in the run, so adaptive re-planning has little to
      // adapt to, and it runs each exchange as a Spark job of its own: off, one month of the sample went
      // from 358 to 165 Spark jobs (same CPU time, a third less wall time).
      settings.put("spark.sql.adaptive.enabled", "false");
      // The raw layer is a few hundred small files: listing them from the driver is quicker than a Spark job.
      settings.put("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000");
      // The executor is this JVM: Spark's default answer to a task's OutOfMemoryError is to end the process
      // (exit 52) with a log line; failing the task instead fails the job, and npcwh says what to do (exit 9).
      settings.put("spark.executor.killOnFatalError.depth", "0");
      // Without Hadoop's native library every file Spark creates costs a chmod process; see the class.
      settings.put("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
    }
    return settings;
  }

  /** Whether the session compiles generated code for its plans (whole-stage code generation). */
  public static boolean generatesCode(SparkSession spark) {
    return Boolean.parseBoolean(spark.conf().get("spark.sql.codegen.wholeStage", "true"));
  }

  /** The worker threads of a local master: {@code local} 1, {@code local[N]} N, {@code local[*]} the cores. */
  static int localThreads(String master) {
    java.util.regex.Matcher threads = java.util.regex.Pattern.compile("local\\[(\\d+)(?:,\\d+)?]").matcher(master);
    if (threads.matches()) {
      return Math.max(1, Integer.parseInt(threads.group(1)));
    }
    return master.equals("local") ? 1 : Runtime.getRuntime().availableProcessors();
  }

  /** Spark runs inside this JVM ({@code local}, {@code local[N]}, {@code local[*]}, {@code local-cluster[…]}). */
  static boolean isLocal(String master) {
    return master.startsWith("local");
  }

  /**
   * A session for small data (tests, tools).
   *
   * @param master a Spark master URL, or null for {@link #DEFAULT_MASTER}; ignored when spark.master is set
   * @param verbose keep Spark's own log level; otherwise only errors are logged by Spark
   */
  public static SparkSession create(String master, boolean verbose) {
    return create(master, verbose, null, 0);
  }

  /**
   * As {@link #create(String, boolean)}, for a transform of the warehouse at {@code warehouse} (a URI:
   * {@code file:}, {@code hdfs://…}, {@code s3a://…}): tuned for the size of its raw layer. For a local
   * warehouse, Spark's block and shuffle files go under its {@code _staging/} (unless spark.local.dir is
   * configured), whose leftovers the next writer removes, rather than in the system's temporary folder,
   * where a killed run's files would stay forever.
   */
  public static SparkSession forWarehouse(String master, boolean verbose, URI warehouse) {
    Path scratch = "file".equals(warehouse.getScheme())
        ? new WarehouseLayout(Path.of(warehouse)).staging().resolve("spark") : null;
    return create(master, verbose, scratch, inputBytes(warehouse));
  }

  /**
   * The Hadoop settings of a session before it exists: Hadoop's defaults and files, then the {@code
   * spark.hadoop.*} settings given to Spark (spark-submit's --conf, -D system properties).
   */
  public static Configuration hadoopConfiguration() {
    Configuration hadoop = new Configuration();
    for (scala.Tuple2<String, String> setting : new SparkConf().getAllWithPrefix("spark.hadoop.")) {
      hadoop.set(setting._1(), setting._2());
    }
    return hadoop;
  }

  /**
   * The raw layer's bytes, measured before the session exists: through a file system instance of its
   * own, so that Hadoop's cache keeps none of it for the session.
   */
  private static long inputBytes(URI warehouse) {
    WarehouseStore store = WarehouseStore.openUncached(warehouse, hadoopConfiguration());
    try {
      return RawReader.bytes(store);
    } finally {
      store.closeUncached();
    }
  }

  /** The heap Spark's refusal names (1.5 × the 300 MB it reserves, unless configured otherwise). */
  private static long minimumHeap(SparkThrowable refusal) {
    return Long.parseLong(refusal.getMessageParameters().getOrDefault("minSystemMemory", "471859200"));
  }

  private static SparkSession create(String master, boolean verbose, Path scratch, long inputBytes) {
    // spark-submit passes its master as this system property, which SparkConf reads too. Probed before
    // any Spark class loads, so an unreachable master is reported in a second or so.
    String configured = System.getProperty("spark.master");
    String chosen = configured != null ? configured : master == null || master.isBlank() ? DEFAULT_MASTER : master;
    SparkMasterProbe.requireReachable(chosen);
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName("npcwh-transform");
    defaults(chosen, inputBytes).forEach((key, value) -> {
      if (!conf.contains(key)) {
        builder.config(key, value);
      }
    });
    if (!conf.contains("spark.master")) {
      builder.master(chosen);
      if (isLocal(chosen) && !conf.contains("spark.driver.bindAddress")) {
        builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
      }
    }
    if (scratch != null && !conf.contains("spark.local.dir")) {
      builder.config("spark.local.dir", scratch.toString());
    }
    SparkSession spark;
    try {
      spark = builder.getOrCreate();
    } catch (RuntimeException e) {
      throw e instanceof SparkThrowable refusal && "INVALID_DRIVER_MEMORY".equals(refusal.getCondition())
          ? Errors.heapTooSmallForSpark(Runtime.getRuntime().maxMemory(), minimumHeap(refusal), e)
          : e;
    }
    if (!verbose) {
      spark.sparkContext().setLogLevel("ERROR");
    }
    return spark;
  }
}
