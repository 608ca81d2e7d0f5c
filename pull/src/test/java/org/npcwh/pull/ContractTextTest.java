package org.npcwh.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ContractTextTest {
  @Test
  void timesAreLocalChinaTimeToTheSecond() {
    assertThat(ContractText.timestamp(LocalDateTime.of(2023, 6, 30, 23, 59, 59, 999_999_000)))
        .isEqualTo("2023-06-30 23:59:59");
    assertThat(ContractText.chinaTime(OffsetDateTime.of(2023, 6, 30, 16, 0, 0, 0, ZoneOffset.UTC)))
        .as("a UTC instant at the month edge is July in China").isEqualTo(LocalDateTime.of(2023, 7, 1, 0, 0));
    assertThat(ContractText.date(LocalDate.of(2023, 1, 5))).isEqualTo("2023-01-05");
    assertThat(ContractText.timestamp(null)).isNull();
  }

  @Test
  void numbersInPlainNotation() {
    assertThat(ContractText.decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(ContractText.decimal(new BigDecimal("1234.5000"))).isEqualTo("1234.5000");
    assertThat(ContractText.integer(new BigDecimal("1500.00"))).isEqualTo("1500");
    assertThat(ContractText.integer(new BigDecimal("2E+2"))).isEqualTo("200");
    assertThat(ContractText.integer(new BigDecimal("12.5"))).as("left for ingest to set aside").isEqualTo("12.5");
  }

  @Test
  void booleansAndLists() {
    assertThat(ContractText.boolFromText("T")).isEqualTo("true");
    assertThat(ContractText.boolFromText("否")).isEqualTo("false");
    assertThat(ContractText.boolFromText("maybe")).isEqualTo("maybe");
    assertThat(ContractText.list(new Object[] {"D1", null, "D2"})).isEqualTo("D1;D2");
    assertThat(ContractText.list(new Object[0])).isNull();
    assertThat(ContractText.listFromSet("DEP1,DEP2")).isEqualTo("DEP1;DEP2");
    assertThat(ContractText.unpadded("440300    ")).isEqualTo("440300");
  }
}
