package org.npcwh.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {
  @Test
  void resultsAndProgressKeepTheInputsOrderWhateverFinishesFirst() {
    List<Integer> done = new ArrayList<>();
    // the first input takes longest: on two threads the later ones finish before it
    List<Integer> results = SideBySide.map(List.of(300, 1, 2, 3), 2, millis -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return millis * 10;
    }, done::add);
    assertThat(results).containsExactly(3000, 10, 20, 30);
    assertThat(done).containsExactly(3000, 10, 20, 30);
  }

  @Test
  void aCheckedFailureIsRethrownAsItself() {
    assertThatThrownBy(() -> SideBySide.map(List.of("a", "b"), 2, name -> {
      if (name.equals("b")) {
        throw new IOException("disk full writing " + name);
      }
      return name;
    }, name -> { })).isInstanceOf(IOException.class).hasMessage("disk full writing b");
  }

  @Test
  void aRuntimeFailureIsRethrownAsItself() {
    assertThatThrownBy(() -> SideBySide.map(List.of(1, 0), 2, n -> 10 / n, n -> { }))
        .isInstanceOf(ArithmeticException.class);
  }
}
