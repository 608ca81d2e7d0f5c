package org.npcwh.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.npcwh.core.contract.FieldType;

/** Decimal text is bounded before it is parsed (a fuzzer's find: BigDecimal parses in quadratic time). */
class ValueParserTest {
  @Test
  void decimalsOfTheContractsSizeParseAndOverLongTextIsNoValue() {
    assertThat(ValueParser.parse(FieldType.DEC, "-12345678901234.5678")).isEqualTo(new BigDecimal("-12345678901234.5678"));
    assertThat(ValueParser.parse(FieldType.DEC, "0".repeat(40) + "1.5")).isEqualTo(new BigDecimal("1.5"));
    assertThat(ValueParser.parse(FieldType.DEC, "0".repeat(100) + "1.5")).isNull();
    assertThat(ValueParser.parse(FieldType.DEC, "9".repeat(1 << 20))).isNull();
  }
}
