package org.npcwh.transform;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one way this project makes a SparkSession. Under spark-submit the master given there wins
 * (getOrCreate, and the master is only set when spark.master is not already configured).
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** Event times are local China time; the session zone makes any zone-aware conversion agree with it. */
  public static final String TIME_ZONE = "Asia/Shanghai";
  /** Default master when neither the caller nor spark-submit names one. */
  public static final String DEFAULT_MASTER = "local[*]";
  /** Small data: a few shuffle partitions keep per-task overhead low (adaptive execution merges them further). */
  static final int SHUFFLE_PARTITIONS = 4;

  /**
   * @param master a Spark master URL, or null for {@link #DEFAULT_MASTER}; ignored when spark.master is set
   * @param verbose keep Spark's own log level; otherwise only errors are logged by Spark
   */
  public static SparkSession create(String master, boolean verbose) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder()
        .appName("npcwh-transform")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", TIME_ZONE)
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.parquet.inferTimestampNTZ.enabled", "true")
        .config("spark.sql.timestampType", "TIMESTAMP_NTZ")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.shuffle.partitions", Integer.toString(SHUFFLE_PARTITIONS))
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        .config("spark.hadoop.parquet.summary.metadata.level", "NONE");
    if (!conf.contains("spark.master")) {
      String chosen = master == null || master.isBlank() ? DEFAULT_MASTER : master;
      builder.master(chosen);
      if (chosen.startsWith("local")) {
        builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
      }
    }
    SparkSession spark = builder.getOrCreate();
    if (!verbose) {
      spark.sparkContext().setLogLevel("ERROR");
    }
    return spark;
  }
}
