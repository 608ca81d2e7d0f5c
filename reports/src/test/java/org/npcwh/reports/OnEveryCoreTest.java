package org.npcwh.reports;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of results is {@code SideBySide}'s (core); here: rendering's checked failures come back as themselves. */
class OnEveryCoreTest {
  @Test
  void aFailureIsRethrownAsItself() {
    assertThatThrownBy(() -> OnEveryCore.map(List.of("a", "b"), name -> {
      if (name.equals("b")) {
        throw new SQLException("connection closed while filling " + name);
      }
      return name;
    }, name -> { })).isInstanceOf(SQLException.class).hasMessage("connection closed while filling b");
  }
}
