package org.npcwh.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.npcwh.transform.testing.SharedSpark;

/** A balanced union has every part's rows, once each, in the parts' order. */
class UnionsTest {
  @Test
  void everyPartsRowsInThePartsOrder() {
    // seven parts: three rounds, the odd part out carried up in two of them
    List<Dataset<Row>> parts = LongStream.rangeClosed(1, 7)
        .mapToObj(n -> SharedSpark.get().range(n * 10, n * 10 + 2).toDF()).toList();

    List<Long> ids = Unions.byPosition(parts).collectAsList().stream().map(r -> r.getLong(0)).toList();

    assertThat(ids).containsExactly(10L, 11L, 20L, 21L, 30L, 31L, 40L, 41L, 50L, 51L, 60L, 61L, 70L, 71L);
  }

  @Test
  void onePartIsItself() {
    Dataset<Row> only = SharedSpark.get().range(3).toDF();
    assertThat(Unions.byPosition(List.of(only))).isSameAs(only);
  }

  @Test
  void noPartIsABug() {
    assertThatThrownBy(() -> Unions.byPosition(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
