package org.npcwh.ingest.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShownTest {

  @Test
  void shortValuesAreQuotedMasked() {
    assertThat(Shown.quoted("DISTRICT")).isEqualTo("\"DISTRICT\"");
    assertThat(Shown.quoted("张三13800138000")).isEqualTo("\"张三138******00\"");
  }

  @Test
  void longValuesAreCutAt200CharactersWithAnEllipsisAndTheirLength() {
    String value = "a".repeat(195) + "13912345678" + "b".repeat(1_000);
    // the number straddles the cut: it is masked whole before the cut, so no clear digit run survives
    assertThat(Shown.quoted(value)).isEqualTo("\"" + "a".repeat(195) + "139**… (1206 characters)\"");
    assertThat(Shown.capped("x".repeat(201), 200)).isEqualTo("x".repeat(200) + "… (201 characters)");
    assertThat(Shown.capped("x".repeat(200), 200)).isEqualTo("x".repeat(200));
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String value = "a".repeat(199) + "😀" + "tail";
    assertThat(Shown.capped(value, 200)).isEqualTo("a".repeat(199) + "… (205 characters)");
  }
}
