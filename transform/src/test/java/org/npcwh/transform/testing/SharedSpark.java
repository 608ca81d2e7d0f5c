package org.npcwh.transform.testing;

import org.apache.spark.sql.SparkSession;
import org.npcwh.transform.SparkSessions;

/** The one SparkSession of the test JVM: local[2], UI off, two shuffle partitions, Asia/Shanghai. */
public final class SharedSpark {
  private SharedSpark() {}

  private static SparkSession session;

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSessions.create("local[2]", false);
      session.conf().set("spark.sql.shuffle.partitions", "2");
    }
    return session;
  }
}
