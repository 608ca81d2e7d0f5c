package org.npcwh.app;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.npcwh.samples.SampleGenerator;
import org.npcwh.transform.SparkSessions;

/**
 * What the end-to-end ITs share: the sample generator's landing zone at scale 0.02 (about 600 KB, every
 * dataset and trap of the full sample) and a small local SparkSession for it, so that a real ingest and
 * transform run in minutes on the shared two-core build machine.
 */
final class TinySample {
  static final double SCALE = 0.02;

  private TinySample() {}

  static void generate(Path landing) throws IOException {
    new SampleGenerator(SampleGenerator.DEFAULT_SEED, SCALE).generate(landing, line -> { });
  }

  /** local[2] with two shuffle partitions: the data is tiny. */
  static SparkSession spark() {
    SparkSession spark = SparkSessions.create("local[2]", false);
    spark.conf().set("spark.sql.shuffle.partitions", "2");
    return spark;
  }
}
