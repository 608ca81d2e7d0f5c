package org.npcwh.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.npcwh.transform.testing.SharedSpark;
import org.npcwh.transform.write.NioLocalFileSystem;

/** The settings tuned for small data in one JVM reach local masters only; the others reach every master. */
class SparkSessionsTest {
  /** Raw input well below the size from which code generation pays. */
  private static final long SMALL = 22L << 20;
  private static final List<String> SMALL_LOCAL_DATA = List.of("spark.ui.enabled",
      "spark.sql.shuffle.partitions", "spark.sql.codegen.wholeStage", "spark.sql.codegen.factoryMode",
      "spark.sql.adaptive.enabled", "spark.hadoop.fs.file.impl", "spark.executor.killOnFatalError.depth");

  @Test
  void localMastersGetTheSmallDataSettings() {
    for (String master : List.of("local", "local[2]", "local[*]")) {
      assertThat(SparkSessions.defaults(master, SMALL)).as(master)
          .containsEntry("spark.ui.enabled", "false")
          .containsEntry("spark.sql.codegen.wholeStage", "false")
          .containsEntry("spark.sql.codegen.factoryMode", "NO_CODEGEN")
          .containsEntry("spark.sql.adaptive.enabled", "false")
          .containsEntry("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
          .containsEntry("spark.executor.killOnFatalError.depth", "0");
    }
  }

  @Test
  void aLocalMasterKeepsCodeGenerationFromTheSizeWhereItPays() {
    assertThat(SparkSessions.defaults("local[*]", SparkSessions.CODEGEN_FROM_BYTES - 1))
        .containsEntry("spark.sql.codegen.wholeStage", "false");
    assertThat(SparkSessions.defaults("local[*]", SparkSessions.CODEGEN_FROM_BYTES))
        .doesNotContainKeys("spark.sql.codegen.wholeStage", "spark.sql.codegen.factoryMode")
        .containsEntry("spark.ui.enabled", "false")
        .containsEntry("spark.sql.adaptive.enabled", "false");
  }

  @Test
  void aLocalMasterGetsOneShufflePartitionPerThread() {
    assertThat(SparkSessions.defaults("local", SMALL)).containsEntry("spark.sql.shuffle.partitions", "1");
    assertThat(SparkSessions.defaults("local[3]", SMALL)).containsEntry("spark.sql.shuffle.partitions", "3");
    assertThat(SparkSessions.defaults("local[2,4]", SMALL)).containsEntry("spark.sql.shuffle.partitions", "2");
    assertThat(SparkSessions.defaults("local[*]", SMALL))
        .containsEntry("spark.sql.shuffle.partitions", String.valueOf(Runtime.getRuntime().availableProcessors()));
  }

  @Test
  void clusterMastersKeepSparksDefaultsForThem() {
    for (String master : List.of("spark://127.0.0.1:7077", "spark://h1:7077,h2:7077", "yarn", "k8s://https://h:6443")) {
      assertThat(SparkSessions.defaults(master, SMALL)).as(master).doesNotContainKeys(SMALL_LOCAL_DATA.toArray(String[]::new));
    }
  }

  @Test
  void everyMasterGetsTheSettingsTheFiguresDependOn() {
    for (String master : List.of("local[2]", "spark://127.0.0.1:7077")) {
      assertThat(SparkSessions.defaults(master, SMALL)).as(master)
          .containsEntry("spark.sql.session.timeZone", SparkSessions.TIME_ZONE)
          .containsEntry("spark.sql.timestampType", "TIMESTAMP_NTZ")
          .containsEntry("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    }
  }

  /**
   * With Spark's default, this test's JVM would end (exit 52) and the build report the fork lost: in a
   * local session a task's OutOfMemoryError fails its job, which quotes the error to the driver.
   */
  @Test
  void aTaskRunningOutOfMemoryFailsItsJobNotTheProcess() {
    Dataset<Long> failing = SharedSpark.get().range(4).map((MapFunction<Long, Long>) n -> {
      throw new OutOfMemoryError("Java heap space (thrown by a test)");
    }, Encoders.LONG());
    assertThatThrownBy(failing::count).hasMessageContaining("java.lang.OutOfMemoryError: Java heap space (thrown by a test)");
    assertThat(SharedSpark.get().range(3).count()).isEqualTo(3);
  }

  @Test
  void noMasterFailsARunWhoseBroadcastIsQueued() {
    for (String master : List.of("local[2]", "spark://127.0.0.1:7077")) {
      assertThat(SparkSessions.defaults(master, SMALL)).as(master).containsEntry("spark.sql.broadcastTimeout", "-1");
    }
  }
}
