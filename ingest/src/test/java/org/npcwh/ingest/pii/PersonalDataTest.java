package org.npcwh.ingest.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.npcwh.core.contract.Pii;
import org.npcwh.core.error.ExitCode;
import org.npcwh.core.error.UserException;

class PersonalDataTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "请致电13812345678谢谢 | 请致电138******78谢谢",
      "手机 138-1234-5678 | 手机 138-****-**78",
      "手机 139 9876 5432 | 手机 139 **** **32",
      "座机0755-83456789 | 座机075*-******89",
      "座机 010 1234567 | 座机 010 *****67",
      "身份证440301199001011234。 | 身份证440*************34。",
      "身份证44030119900101123x | 身份证440*************3x",
      "订单号 1381234567890123 不是手机 | 订单号 1381234567890123 不是手机",
      "12345678901 不是手机 | 12345678901 不是手机",
      "两个：13812345678,13998765432 | 两个：138******78,139******32"})
  void numbersKeepThreeLeadingAndTwoTrailingCharacters(String text, String masked) {
    assertThat(PersonalData.maskNumbers(text)).isEqualTo(masked);
  }

  @Test
  void pseudonymIsTheHexHmacSha256OfTheValue() {
    PersonalData pii = PersonalData.withKey("key".repeat(6).getBytes(StandardCharsets.UTF_8), "K");
    // Independently computed: printf '陈小明' | openssl dgst -sha256 -hmac keykeykeykeykeykey
    assertThat(pii.protect(Pii.PSEUDONYMISE, "陈小明"))
        .isEqualTo("3080817851a13bbe137aebae4255a9da72cd3404c1a897416b93a37cff722791");
    assertThat(pii.protect(Pii.PSEUDONYMISE, null)).isNull();
    assertThat(pii.protect(Pii.NONE, "x")).isEqualTo("x");
    assertThat(pii.protect(Pii.MASK_NUMBERS, "tel 13812345678")).isEqualTo("tel 138******78");
  }

  @Test
  void missingOrShortKeyIsAUserError() {
    assertThatThrownBy(() -> PersonalData.withKey(null, "NPCWH_PII_KEY"))
        .isInstanceOf(UserException.class).hasMessageContaining("NPCWH_PII_KEY")
        .satisfies(e -> assertThat(((UserException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT));
    assertThatThrownBy(() -> PersonalData.withKey(new byte[15], "NPCWH_PII_KEY")).isInstanceOf(UserException.class);
    assertThat(PersonalData.withKey(new byte[16], "NPCWH_PII_KEY")).isNotNull();
  }
}
